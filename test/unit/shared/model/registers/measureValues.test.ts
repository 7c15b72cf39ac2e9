// Measures over time (issue 25): values recorded by the facilitator only (the attack: an attendee
// forging a value or moving a target, on the hub and on the mesh), a value that is not a number
// refused with a clear message and nothing written, and old measures read with defaults.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { captured, judgeOnMesh, toolkitRoom } from '#kit/seeds/judgedRoom';
import { addMeasure, updateMeasure } from '#shared/model/registers/commands';
import { listMeasures } from '#shared/model/registers/read';
import { listMeasureValues, recordMeasureValue } from '#shared/model/registers/measureValues';
import { MEASURES, MEASURE_VALUES } from '#shared/model/registers/names';
import { ValidationError } from '#shared/model/limits';

function withMeasure() {
  const room = toolkitRoom();
  room.send(room.fac, () =>
    addMeasure(room.fac.doc, {
      id: 'm1',
      name: 'NPS',
      baselineValue: 42,
      baselineDate: '2026-09-14',
      targetValue: 60,
      targetDate: '2027-03-31',
      now: 10,
    }),
  );
  room.pull(...room.people);
  return room;
}

describe('measure values', () => {
  it('the facilitator records values; they read back per measure in date order', () => {
    const { fac, send, host } = withMeasure();
    for (const [id, date, value] of [
      ['v2', '2026-12-01', 51],
      ['v1', '2026-10-01', '47.5'],
    ] as const)
      expect(
        send(fac, () =>
          recordMeasureValue(fac.doc, { id, measureId: 'm1', value, date, who: 'Ann', now: 20 }),
        ).whole,
      ).toBe(true);
    const values = listMeasureValues(host).get('m1')!;
    expect(values.map((v) => [v.date, v.value, v.who])).toEqual([
      ['2026-10-01', 47.5, 'Ann'],
      ['2026-12-01', 51, 'Ann'],
    ]);
  });

  it('refuses an attendee’s forged value and moved target on the hub and on the mesh', () => {
    const { people, host, fac, authority } = withMeasure();
    const mallory = people[1]!;
    // Her page has no command for it: she writes the maps as devtools would, one forgery each.
    const value = captured(mallory.doc, () => {
      const m = new Y.Map<unknown>();
      m.set('measureId', 'm1');
      m.set('value', 99);
      m.set('date', '2026-12-02');
      mallory.doc.getMap(MEASURE_VALUES).set('forged', m);
    });
    const target = captured(mallory.doc, () =>
      mallory.doc.getMap<Y.Map<unknown>>(MEASURES).get('m1')!.set('targetValue', 1),
    );
    // Her own replica shows the forgeries; nobody else's does.
    expect(listMeasureValues(mallory.doc).get('m1')?.[0]?.value).toBe(99);
    for (const update of [value, target]) {
      const hub = authority.judge(mallory.identity, update);
      if (hub.update) Y.applyUpdate(host, hub.update, 'hub');
      expect(hub.refused.join(' ')).toMatch(/facilitator/);
      const onMesh = judgeOnMesh(fac.doc, update);
      if (onMesh.update) Y.applyUpdate(fac.doc, onMesh.update);
    }
    for (const doc of [host, fac.doc]) {
      expect(listMeasureValues(doc).has('m1')).toBe(false);
      expect(listMeasures(doc)[0]!.targetValue).toBe(60);
    }
  });

  it('refuses a value that is not a number with a clear message, and writes nothing', () => {
    const { fac } = withMeasure();
    const before = Y.encodeStateVector(fac.doc);
    for (const value of ['abc', '', '12 %', '4,2', Number.NaN])
      expect(() =>
        recordMeasureValue(fac.doc, { measureId: 'm1', value, date: '2026-12-01' }),
      ).toThrow(ValidationError);
    expect(() =>
      recordMeasureValue(fac.doc, { measureId: 'm1', value: 'abc', date: '2026-12-01' }),
    ).toThrow('The value must be a number such as 42 or 42.5; “abc” is not one.');
    expect(() =>
      recordMeasureValue(fac.doc, { measureId: 'm1', value: 5, date: 'yesterday' }),
    ).toThrow('The date must be a date like 2026-12-31.');
    expect(() =>
      recordMeasureValue(fac.doc, { measureId: 'nope', value: 5, date: '2026-12-01' }),
    ).toThrow('There is no such measure.');
    expect(() => updateMeasure(fac.doc, { id: 'm1', targetValue: 'sixty' as never })).toThrow(
      'The target value must be a number',
    );
    expect(Y.encodeStateVector(fac.doc)).toEqual(before);
  });

  it('reads a measure written before issue 25 with defaults, and skips a value that is no number', () => {
    const doc = new Y.Doc();
    const old = new Y.Map<unknown>();
    old.set('name', 'Old measure');
    old.set('baseline', '40%');
    doc.getMap(MEASURES).set('old', old);
    const bad = new Y.Map<unknown>();
    bad.set('measureId', 'old');
    bad.set('value', 'lots');
    bad.set('date', '2026-01-01');
    doc.getMap(MEASURE_VALUES).set('bad', bad);
    const [m] = listMeasures(doc);
    expect(m).toMatchObject({ unit: '', baselineValue: null, targetValue: null, targetDate: null });
    expect(listMeasureValues(doc).size).toBe(0);
  });
});
