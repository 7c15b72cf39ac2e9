// A template file's refusals (issue 27), beside the model's in shared/model/refusals.ts: their
// codes and English messages, here so that only the library's chunk carries them, never a phone.
import { refusal, type RefusalValues } from '../model/refusals';

export const TEMPLATE_REFUSALS = {
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
