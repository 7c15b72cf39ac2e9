// A template file's refusals (issue 27), beside the model's in shared/model/refusals.ts: their
// codes and English messages, here so that only the library's chunk carries them, never a phone.
import { formatIcu, refusal, type RefusalValues } from '../model/refusals';
import { ValidationError } from '../model/limits';

export const TEMPLATE_REFUSALS = {
  // Where in the file a refusal happened, around the refusal's own words (templateFile.ts at()).
  'template.atBlock': 'Day {day}, block {block}: {refusal}',
  'template.atDay': 'Day {day}: {refusal}',
  'template.blockObject': 'a block must be an object.',
  'template.blocksMax': 'A template has at most {max} blocks.',
  'template.dayShape': 'Day {day}: a day needs a label, a start time and a list of blocks.',
  'template.daysMax': 'A template has at most {max} days.',
  'template.daysMin': 'A template needs at least one day.',
  'template.newer':
    'This template file was made by a newer Offsite (version {version}); update Offsite to import it.',
  'template.noDays': 'The template has no list of days.',
  'template.noFormat': 'This is not a template file: it has no "format": "{format}" field.',
  'template.noVersion': 'This template file has no valid "version" field.',
  'template.none': 'There is no such template.',
  'template.notJson': 'This is not a template file: it is not valid JSON.',
  'template.tooBig': 'The file is {mb} MB; a template file is at most {kb} KB.',
} as const;

export type TemplateRefusalCode = keyof typeof TEMPLATE_REFUSALS;

/** The template refusal `code`: a ValidationError whose message is the English sentence. */
export const invalidTemplate = (code: TemplateRefusalCode, values: RefusalValues = {}) =>
  refusal(TEMPLATE_REFUSALS[code], code, values);

/**
 * The refusal `err` as it happened at day `day` (and block `block`) of the file: its English with
 * where before it, its own code and values, and where as the values `atDay` and `atBlock`, which
 * the page words around the refusal's own words (refusalWords.ts). A refusal without a code (one
 * of cleanText's rules) keeps only the English.
 */
export function refusedAt(
  err: { message: string; code?: string; values?: Readonly<RefusalValues> },
  day: number,
  block?: number,
): ValidationError {
  const english =
    block === undefined
      ? formatIcu(TEMPLATE_REFUSALS['template.atDay'], { day, refusal: err.message })
      : formatIcu(TEMPLATE_REFUSALS['template.atBlock'], { day, block, refusal: err.message });
  const where: RefusalValues =
    block === undefined ? { atDay: day } : { atDay: day, atBlock: block };
  return new ValidationError(
    english,
    undefined,
    err.code ? { code: err.code, values: { ...err.values, ...where } } : undefined,
  );
}
