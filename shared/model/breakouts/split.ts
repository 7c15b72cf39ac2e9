// Who goes where: the placement rules of a breakout, pure (no doc). Splitting the room into N
// groups or groups of size K, randomly and evenly or mixing by the attribute people chose, and
// placing one late joiner by the same rule. Randomness is injected for tests.
import { invalid } from '../refusals';

export const MAX_GROUPS = 60;

export interface Person {
  id: string;
  /** The attribute value they chose ("Product"), or '' when none. */
  attribute: string;
}

/** How many groups: `count` of them, or enough for groups of `size`. Refuses what cannot be. */
export function groupCount(people: number, by: { count?: number; size?: number }): number {
  const n = by.count ?? (by.size !== undefined ? Math.ceil(people / by.size) : undefined);
  if (by.size !== undefined && (!Number.isInteger(by.size) || by.size < 1))
    throw invalid('breakout.groupSize');
  if (n === undefined || !Number.isInteger(n) || n < 1) throw invalid('breakout.groupCount');
  if (n > MAX_GROUPS) throw invalid('breakout.maxGroups', { max: MAX_GROUPS });
  if (by.count !== undefined && people > 0 && n > people)
    throw invalid(people === 1 ? 'breakout.tooFewPeopleOne' : 'breakout.tooFewPeople', {
      people,
      n,
    });
  return n;
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Deals people into `groups` groups, sizes differing by at most one. Mixing by attribute deals
 * each attribute's people in turn, continuing round the groups, so every value is spread as
 * evenly as the numbers allow; random ignores the attribute.
 */
export function dealGroups(
  people: readonly Person[],
  groupIds: readonly string[],
  mix: boolean,
  random: () => number = Math.random,
): Map<string, string> {
  const order: Person[] = [];
  if (mix) {
    const byValue = new Map<string, Person[]>();
    for (const p of people) byValue.set(p.attribute, [...(byValue.get(p.attribute) ?? []), p]);
    const values = [...byValue.keys()].sort();
    for (const v of values) order.push(...shuffled(byValue.get(v)!, random));
  } else order.push(...shuffled(people, random));
  // Start dealing at a random group, so the first groups do not always get the extras.
  const start = Math.floor(random() * groupIds.length);
  const out = new Map<string, string>();
  order.forEach((p, i) => out.set(p.id, groupIds[(start + i) % groupIds.length]!));
  return out;
}

/**
 * The group a late joiner goes to: the one with fewest people of their attribute (mixing), then
 * the smallest, then the first; `cap` groups that are full are skipped (null: all are full).
 */
export function placeOne(
  person: Person,
  groupIds: readonly string[],
  members: ReadonlyMap<string, string>,
  attributes: ReadonlyMap<string, string>,
  mix: boolean,
  cap: number | null = null,
): string | null {
  const size = new Map(groupIds.map((g) => [g, 0]));
  const same = new Map(groupIds.map((g) => [g, 0]));
  for (const [pid, g] of members) {
    if (!size.has(g)) continue;
    size.set(g, size.get(g)! + 1);
    if (mix && attributes.get(pid) === person.attribute) same.set(g, same.get(g)! + 1);
  }
  let best: string | null = null;
  for (const g of groupIds) {
    if (cap !== null && size.get(g)! >= cap) continue;
    if (
      best === null ||
      same.get(g)! < same.get(best)! ||
      (same.get(g) === same.get(best) && size.get(g)! < size.get(best)!)
    )
      best = g;
  }
  return best;
}
