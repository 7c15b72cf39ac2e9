// A facilitator's own template: a session's agenda kept in the library and carried as a JSON file
// (`<name> template.json`). Only the agenda's shape travels — days, blocks with their kind,
// title, planned minutes, prompt, facilitator notes, columns and wrap-up cue — never the notes,
// votes, registers, timer or dates of the session it came from.
import type * as Y from 'yjs';
import { cleanText, TITLE_MAX_CHARS, ValidationError } from '../model/limits';
import { agendaDrafts } from '../model/agenda/read';
import type { BlockDraft, DayDraft } from '../model/agenda/names';
import { cleanBlockFields, cleanDayFields, cleanWrapUpMinutes } from '../model/agenda/cleanFields';
import { invalidTemplate, refusedAt } from './templateRefusals';

export const TEMPLATE_FILE_FORMAT = 'offsite-template';
export const TEMPLATE_FILE_VERSION = 1;
/** Largest template file accepted (the strategy offsite's two days are about 20 KB). */
export const TEMPLATE_FILE_MAX_BYTES = 512 * 1024;
export const TEMPLATE_DESCRIPTION_MAX_CHARS = 500;
export const MAX_TEMPLATE_DAYS = 14;
export const MAX_TEMPLATE_BLOCKS = 300;

export interface TemplateBlock extends Required<Omit<BlockDraft, 'wrapUpMinutes'>> {
  wrapUpMinutes: number | null;
}
export interface TemplateDay {
  label: string;
  startTime: string;
  blocks: TemplateBlock[];
}

/** What a template file holds, and what the host keeps per saved template. */
export interface TemplateFile {
  format: typeof TEMPLATE_FILE_FORMAT;
  version: typeof TEMPLATE_FILE_VERSION;
  name: string;
  description: string;
  /** When it was saved (ms since the epoch). */
  savedAt: number;
  days: TemplateDay[];
}

export function cleanTemplateName(input: unknown): string {
  return cleanText(input, "The template's name", TITLE_MAX_CHARS);
}

function cleanBlock(input: BlockDraft): TemplateBlock {
  const fields = cleanBlockFields(input);
  return { ...fields, wrapUpMinutes: cleanWrapUpMinutes(input.wrapUpMinutes) };
}

/** The session's agenda as a template (dates dropped: a template is for another day). */
export function templateFromSession(
  doc: Y.Doc,
  args: { name: string; description?: string; now: number },
): TemplateFile {
  const days = agendaDrafts(doc).map((d, i): TemplateDay => ({
    ...pickDay(cleanDayFields(d, `Day ${i + 1}`)),
    blocks: d.blocks.map(cleanBlock),
  }));
  return checkCounts({
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    name: cleanTemplateName(args.name),
    description: cleanText(
      args.description ?? '',
      "The template's description",
      TEMPLATE_DESCRIPTION_MAX_CHARS,
      true,
    ),
    savedAt: args.now,
    days,
  });
}

const pickDay = (d: { label: string; startTime: string }) => ({
  label: d.label,
  startTime: d.startTime,
});

function checkCounts(t: TemplateFile): TemplateFile {
  if (t.days.length === 0) throw invalidTemplate('template.daysMin');
  if (t.days.length > MAX_TEMPLATE_DAYS)
    throw invalidTemplate('template.daysMax', { max: MAX_TEMPLATE_DAYS });
  const blocks = t.days.reduce((n, d) => n + d.blocks.length, 0);
  if (blocks > MAX_TEMPLATE_BLOCKS)
    throw invalidTemplate('template.blocksMax', { max: MAX_TEMPLATE_BLOCKS });
  return t;
}

/** The template's days as agenda drafts, for `applyAgendaTemplate`. */
export function templateDays(t: TemplateFile): DayDraft[] {
  return t.days.map((d) => ({ ...d, blocks: d.blocks.map((b) => ({ ...b })) }));
}

export function serializeTemplateFile(t: TemplateFile): string {
  return `${JSON.stringify(t, null, 2)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Runs `fn`, saying a refusal as it happened at day `day` (and block `block`) of the file. */
function at<T>(day: number, block: number | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ValidationError) throw refusedAt(err, day, block);
    throw err;
  }
}

/**
 * Reads a template file; throws ValidationError saying what is wrong (too large, not JSON, not a
 * template, from a newer Offsite, or which day and block breaks which rule).
 */
export function parseTemplateFile(text: string): TemplateFile {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > TEMPLATE_FILE_MAX_BYTES)
    throw invalidTemplate('template.tooBig', {
      mb: (bytes / 1024 / 1024).toFixed(1),
      kb: TEMPLATE_FILE_MAX_BYTES / 1024,
    });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw invalidTemplate('template.notJson');
  }
  if (!isObject(raw) || raw.format !== TEMPLATE_FILE_FORMAT)
    throw invalidTemplate('template.noFormat', { format: TEMPLATE_FILE_FORMAT });
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1)
    throw invalidTemplate('template.noVersion');
  if (raw.version > TEMPLATE_FILE_VERSION)
    throw invalidTemplate('template.newer', { version: raw.version });
  if (!Array.isArray(raw.days)) throw invalidTemplate('template.noDays');
  if (raw.days.length > MAX_TEMPLATE_DAYS)
    throw invalidTemplate('template.daysMax', { max: MAX_TEMPLATE_DAYS });
  const days = raw.days.map((d: unknown, i: number): TemplateDay => {
    const where = `Day ${i + 1}`;
    if (!isObject(d) || !Array.isArray(d.blocks))
      throw invalidTemplate('template.dayShape', { day: i + 1 });
    if (d.blocks.length > MAX_TEMPLATE_BLOCKS)
      throw invalidTemplate('template.blocksMax', { max: MAX_TEMPLATE_BLOCKS });
    const fields = at(i + 1, undefined, () =>
      cleanDayFields({ label: d.label as string, startTime: d.startTime as string }, where),
    );
    const blocks = d.blocks.map((b: unknown, j: number) =>
      at(i + 1, j + 1, () => {
        if (!isObject(b)) throw invalidTemplate('template.blockObject');
        return cleanBlock(b as unknown as BlockDraft);
      }),
    );
    return { ...pickDay(fields), blocks };
  });
  const savedAt = typeof raw.savedAt === 'number' && Number.isFinite(raw.savedAt) ? raw.savedAt : 0;
  return checkCounts({
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    name: cleanTemplateName(raw.name),
    description: cleanText(
      raw.description ?? '',
      "The template's description",
      TEMPLATE_DESCRIPTION_MAX_CHARS,
      true,
    ),
    savedAt,
    days,
  });
}

/** Days, blocks and planned minutes, for the library's list. */
export function templateCounts(t: { days: readonly { blocks: readonly BlockDraft[] }[] }): {
  days: number;
  blocks: number;
  minutes: number;
} {
  let blocks = 0;
  let minutes = 0;
  for (const d of t.days)
    for (const b of d.blocks) {
      blocks++;
      minutes += b.plannedMinutes;
    }
  return { days: t.days.length, blocks, minutes };
}
