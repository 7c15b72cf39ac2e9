// Built-in agendas offered when a session is created, and the command that applies one.
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../model/origins';
import { sessionDoc, transact } from '../model/doc';
import { replaceAgenda } from '../model/agenda/commands';
import type { DayDraft } from '../model/agenda/names';
import { STRATEGY_OFFSITE_DAYS } from './strategyOffsite';
import { TEMPLATE_TEXT } from './templateText';
import type { Language } from '../i18n/languages';
import { invalidTemplate } from './templateRefusals';

export interface Template {
  id: string;
  name: string;
  description: string;
  days: DayDraft[];
}

const RETRO_COLUMNS = ['Went well', 'To improve'];

export const TEMPLATES: readonly Template[] = [
  {
    id: 'strategy-offsite',
    name: 'Product & Engineering strategy offsite (2 days)',
    description:
      'Two full days: mission, a 10x vision, personas, product strategy, engineering priorities, measures, leadership, decisions and accountability.',
    days: STRATEGY_OFFSITE_DAYS,
  },
  {
    id: 'retrospective',
    name: 'Retrospective',
    description:
      'About 80 minutes: set the stage, went well and to improve, vote, discuss, actions.',
    days: [
      {
        label: 'Retrospective',
        startTime: '14:00',
        blocks: [
          {
            title: 'Set the stage',
            kind: 'talk',
            plannedMinutes: 10,
            prompt: 'What period are we looking back on, and what do we want out of this hour?',
            facilitatorNotes: 'Restate the prime directive: everyone did the best they could.',
          },
          {
            title: 'Went well / to improve',
            kind: 'brainstorm',
            plannedMinutes: 20,
            prompt: 'One note per thought: what went well, and what should we improve?',
            facilitatorNotes:
              'Silent writing for 7 minutes, then read out and group similar notes.',
            columns: RETRO_COLUMNS,
          },
          {
            title: 'Vote',
            kind: 'vote',
            plannedMinutes: 10,
            prompt: 'Which topics should we talk about? Three votes each.',
            columns: RETRO_COLUMNS,
          },
          {
            title: 'Discuss',
            kind: 'discuss',
            plannedMinutes: 25,
            prompt: 'Top-voted topics first: what happened, and why?',
            facilitatorNotes:
              'Timebox each topic to about 8 minutes; move on when the room agrees.',
          },
          {
            title: 'Actions',
            kind: 'discuss',
            plannedMinutes: 15,
            prompt: 'What will we do differently, who owns it, and by when?',
            facilitatorNotes: 'Two or three actions at most, each with one owner.',
          },
        ],
      },
    ],
  },
  {
    id: 'brainstorm-vote',
    name: 'Brainstorm and vote',
    description:
      'About an hour: frame a question, collect ideas, cluster, vote, agree on next steps.',
    days: [
      {
        label: 'Brainstorm',
        startTime: '10:00',
        blocks: [
          {
            title: 'Frame the question',
            kind: 'talk',
            plannedMinutes: 10,
            prompt: 'The question we want ideas for, and what a good answer looks like.',
          },
          {
            title: 'Brainstorm',
            kind: 'brainstorm',
            plannedMinutes: 15,
            prompt: 'One idea per note. Quantity first; no judging yet.',
            facilitatorNotes: 'Call out the time at 5 minutes left; invite wild ideas.',
          },
          {
            title: 'Cluster and clarify',
            kind: 'discuss',
            plannedMinutes: 10,
            prompt: 'Group similar ideas and ask about anything unclear.',
          },
          {
            title: 'Vote',
            kind: 'vote',
            plannedMinutes: 10,
            prompt: 'Spend your votes on the ideas worth pursuing.',
          },
          {
            title: 'Discuss the results and next steps',
            kind: 'discuss',
            plannedMinutes: 15,
            prompt: 'What do the top ideas have in common, and what do we do next?',
          },
        ],
      },
    ],
  },
  {
    id: 'blank',
    name: 'Blank',
    description: 'One empty day starting at 09:00.',
    days: [{ label: 'Day 1', startTime: '09:00', blocks: [] }],
  },
];

export function findTemplate(templateId: string, language: Language = 'en'): Template | null {
  const template = TEMPLATES.find((t) => t.id === templateId);
  return template ? templateIn(template, language) : null;
}

/**
 * A built-in template in another language (templateText.ts): its words translated, its times,
 * kinds and durations as in English. English, or a template with no translation (a saved one),
 * comes back as it is.
 */
export function templateIn<T extends Pick<Template, 'id' | 'days'> & Partial<Template>>(
  template: T,
  language: Language,
): T {
  const text = language === 'en' ? undefined : TEMPLATE_TEXT[language][template.id];
  if (!text) return template;
  return {
    ...template,
    ...(template.name !== undefined && { name: text.name }),
    ...(template.description !== undefined && { description: text.description }),
    days: template.days.map((day, d) => {
      const dayText = text.days[d];
      return {
        ...day,
        label: dayText?.label ?? day.label,
        blocks: day.blocks.map((block, b) => {
          const t = dayText?.blocks[b];
          if (!t) return block;
          return {
            ...block,
            title: t.title,
            ...(block.prompt !== undefined && { prompt: t.prompt ?? block.prompt }),
            ...(block.facilitatorNotes !== undefined && {
              facilitatorNotes: t.notes ?? block.facilitatorNotes,
            }),
            ...(block.columns !== undefined && { columns: t.columns ?? block.columns }),
          };
        }),
      };
    }),
  };
}

/** Replaces the session's agenda with a template's (clearing the timer and ledger); records meta.template. */
export function applyTemplate(
  doc: Y.Doc,
  templateId: string,
  origin: unknown = LOCAL_ORIGIN,
): string[] {
  const template = findTemplate(templateId);
  if (!template) throw invalidTemplate('template.none');
  return applyAgendaTemplate(doc, template, origin);
}

/** Applies a template given whole (a built-in one or one the facilitator saved in the library). */
export function applyAgendaTemplate(
  doc: Y.Doc,
  template: Pick<Template, 'id' | 'days'>,
  origin: unknown = LOCAL_ORIGIN,
): string[] {
  return transact(doc, origin, () => {
    const dayIds = replaceAgenda(doc, template.days, origin);
    sessionDoc(doc).meta.set('template', template.id);
    return dayIds;
  });
}
