// A session's agenda as a template file: what is taken (the agenda's shape, wrap-up cues
// included) and what is not (notes, votes, registers, timer, dates), and how a bad file is refused.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  parseTemplateFile,
  serializeTemplateFile,
  templateDays,
  templateFromSession,
  TEMPLATE_FILE_MAX_BYTES,
} from '#shared/templates/templateFile';
import { applyAgendaTemplate, applyTemplate } from '#shared/templates/index';
import { agendaDrafts, getAgenda } from '#shared/model/agenda/read';
import { setBlockWrapUp, updateDay } from '#shared/model/agenda/commands';
import { applyTimerAction } from '#shared/model/timer/commands';
import { addParkingItem } from '#shared/model/parkingLot/commands';

function retroSession(): Y.Doc {
  const doc = new Y.Doc();
  applyTemplate(doc, 'retrospective');
  const day = getAgenda(doc).days[0]!;
  updateDay(doc, { dayId: day.id, date: '2026-12-01' });
  setBlockWrapUp(doc, { blockId: day.blocks[1]!.id, minutes: 4 });
  return doc;
}

describe('templateFromSession', () => {
  it('takes the agenda with wrap-up cues and columns, and no dates', () => {
    const doc = retroSession();
    const t = templateFromSession(doc, { name: 'Our retro', now: 5 });
    expect(t).toMatchObject({ format: 'offsite-template', version: 1, name: 'Our retro' });
    expect(t.savedAt).toBe(5);
    expect(t.days).toHaveLength(1);
    expect(t.days[0]).not.toHaveProperty('date');
    expect(t.days[0]!.startTime).toBe('14:00');
    const blocks = t.days[0]!.blocks;
    expect(blocks.map((b) => b.title)).toEqual([
      'Set the stage',
      'Went well / to improve',
      'Vote',
      'Discuss',
      'Actions',
    ]);
    expect(blocks[1]).toMatchObject({
      kind: 'brainstorm',
      plannedMinutes: 20,
      columns: ['Went well', 'To improve'],
      wrapUpMinutes: 4,
    });
    expect(blocks[0]!.wrapUpMinutes).toBeNull();
  });

  it('leaves notes, votes, parking lot, timer and meta behind', () => {
    const doc = retroSession();
    const blockId = getAgenda(doc).days[0]!.blocks[0]!.id;
    applyTimerAction(doc, { type: 'start' }, { hostNow: 1000 });
    addParkingItem(doc, {
      text: 'SECRET parked topic',
      authorId: 'p1',
      authorName: 'Ada',
      blockId,
      now: 1,
    });
    const text = serializeTemplateFile(templateFromSession(doc, { name: 'x', now: 1 }));
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('2026-12-01');
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual([
      'days',
      'description',
      'format',
      'name',
      'savedAt',
      'version',
    ]);
  });

  it('round-trips: a session made from the file has the same agenda (wrap-up included)', () => {
    const doc = retroSession();
    const t = parseTemplateFile(
      serializeTemplateFile(templateFromSession(doc, { name: 'R', now: 1 })),
    );
    const fresh = new Y.Doc();
    applyAgendaTemplate(fresh, { id: 'mine', days: templateDays(t) });
    const strip = (d: Y.Doc) => agendaDrafts(d).map(({ date: _date, ...rest }) => rest);
    expect(strip(fresh)).toEqual(strip(doc));
    expect(agendaDrafts(fresh)[0]!.blocks[1]!.wrapUpMinutes).toBe(4);
  });

  it('refuses an empty name and keeps <script> and emoji names as plain text', () => {
    const doc = retroSession();
    expect(() => templateFromSession(doc, { name: '  ', now: 1 })).toThrow(
      "The template's name is empty.",
    );
    const name = '<script>alert(1)</script> Retro 🎯';
    expect(templateFromSession(doc, { name, now: 1 }).name).toBe(name);
    expect(
      parseTemplateFile(serializeTemplateFile(templateFromSession(doc, { name, now: 1 }))).name,
    ).toBe(name);
  });
});

describe('parseTemplateFile', () => {
  const good = () =>
    JSON.parse(
      serializeTemplateFile(templateFromSession(retroSession(), { name: 'R', now: 1 })),
    ) as Record<string, unknown>;
  const refuse = (value: unknown) => () =>
    parseTemplateFile(typeof value === 'string' ? value : JSON.stringify(value));

  it('says what is wrong with a bad file', () => {
    expect(refuse('{"format": "offsite-template", ')).toThrow('not valid JSON');
    expect(refuse('[]')).toThrow('no "format": "offsite-template" field');
    expect(refuse({ ...good(), format: 'offsite' })).toThrow('not a template file');
    expect(refuse({ ...good(), version: 'one' })).toThrow('no valid "version"');
    expect(refuse({ ...good(), version: 2 })).toThrow('made by a newer Offsite (version 2)');
    expect(refuse({ ...good(), days: 'none' })).toThrow('no list of days');
    expect(refuse({ ...good(), days: [] })).toThrow('at least one day');
    expect(refuse({ ...good(), name: 42 })).toThrow("The template's name must be text.");
    const days = good().days as { blocks: Record<string, unknown>[] }[];
    days[0]!.blocks[2]!.kind = 'party';
    expect(refuse({ ...good(), days })).toThrow(/^Day 1, block 3: A block's kind must be one of/);
    days[0]!.blocks[2]!.kind = 'talk';
    expect(refuse({ ...good(), days })).toThrow(
      'Day 1, block 3: Only brainstorm and vote blocks have columns.',
    );
    days[0]!.blocks[2]!.kind = 'vote';
    days[0]!.blocks[2]!.wrapUpMinutes = 0;
    expect(refuse({ ...good(), days })).toThrow('Day 1, block 3: The wrap-up time must be');
    days[0]!.blocks[2]!.wrapUpMinutes = null;
    days[0]!.blocks[2]!.plannedMinutes = 9999;
    expect(refuse({ ...good(), days })).toThrow('Day 1, block 3: Planned minutes must be');
  });

  it('refuses a file over the size limit before reading it as JSON', () => {
    const big = JSON.stringify({ ...good(), description: 'x'.repeat(TEMPLATE_FILE_MAX_BYTES) });
    expect(() => parseTemplateFile(big)).toThrow(/a template file is at most 512 KB/);
  });

  it('ignores unknown fields and fills what an older file left out', () => {
    const t = parseTemplateFile(
      JSON.stringify({
        format: 'offsite-template',
        version: 1,
        name: 'Minimal',
        extra: true,
        days: [
          {
            label: 'D',
            startTime: '10:00',
            blocks: [{ title: 'Talk', kind: 'talk', plannedMinutes: 5 }],
          },
        ],
      }),
    );
    expect(t.description).toBe('');
    expect(t.days[0]!.blocks[0]).toEqual({
      title: 'Talk',
      kind: 'talk',
      plannedMinutes: 5,
      prompt: '',
      facilitatorNotes: '',
      columns: [],
      wrapUpMinutes: null,
    });
    expect(t).not.toHaveProperty('extra');
  });
});
