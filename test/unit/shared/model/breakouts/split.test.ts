// Who goes where: groups of N or of size K, random and even, mixing by attribute, a late joiner
// placed by the same rule, full groups skipped; bad splits refused with a clear message.
import { describe, expect, it } from 'vitest';
import { dealGroups, groupCount, placeOne, type Person } from '#shared/model/breakouts/split';

/** A seeded generator (mulberry32), so a failure repeats. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const people = (n: number, values: string[] = ['']): Person[] =>
  Array.from({ length: n }, (_, i) => ({ id: `p${i}`, attribute: values[i % values.length]! }));

const sizes = (placed: Map<string, string>) => {
  const out = new Map<string, number>();
  for (const g of placed.values()) out.set(g, (out.get(g) ?? 0) + 1);
  return out;
};

describe('splitting the room', () => {
  it('counts groups by number or by size, and refuses more groups than people', () => {
    expect(groupCount(9, { count: 3 })).toBe(3);
    expect(groupCount(10, { size: 4 })).toBe(3);
    expect(() => groupCount(3, { count: 5 })).toThrow(
      '3 people cannot make 5 groups: choose at most 3, or let people choose their group.',
    );
    expect(() => groupCount(3, { size: 0 })).toThrow(/at least 1/);
    expect(() => groupCount(3, {})).toThrow(/how many groups/);
  });

  it('deals randomly into groups whose sizes differ by at most one', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const placed = dealGroups(people(23), ['g1', 'g2', 'g3', 'g4', 'g5'], false, seeded(seed));
      expect(placed.size).toBe(23);
      const s = [...sizes(placed).values()];
      expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
    }
  });

  it('mixes by attribute: every group gets its share of each value', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const crowd = people(9, ['Product', 'Engineering', 'Engineering']); // 3 P, 6 E
      const placed = dealGroups(crowd, ['g1', 'g2', 'g3'], true, seeded(seed));
      for (const g of ['g1', 'g2', 'g3']) {
        const inG = crowd.filter((p) => placed.get(p.id) === g);
        expect(inG.filter((p) => p.attribute === 'Product')).toHaveLength(1);
        expect(inG.filter((p) => p.attribute === 'Engineering')).toHaveLength(2);
      }
    }
  });

  it('places a late joiner where their value is scarcest, then the smallest group; skips full ones', () => {
    const members = new Map([
      ['a', 'g1'],
      ['b', 'g1'],
      ['c', 'g2'],
    ]);
    const attrs = new Map([
      ['a', 'Product'],
      ['b', 'Engineering'],
      ['c', 'Product'],
    ]);
    const eng = { id: 'z', attribute: 'Engineering' };
    expect(placeOne(eng, ['g1', 'g2'], members, attrs, true)).toBe('g2');
    expect(placeOne(eng, ['g1', 'g2'], members, attrs, false)).toBe('g2');
    // An emptied group (everyone left) is the first to be filled again.
    expect(placeOne(eng, ['g1', 'g2', 'g3'], members, attrs, false)).toBe('g3');
    expect(placeOne(eng, ['g1', 'g2'], members, attrs, false, 1)).toBeNull();
  });
});
