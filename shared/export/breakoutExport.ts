// Breakouts in the exports: a section per group with its members (or "anonymous"), its notes in
// its own vote order (most votes first, then the board's order) and what was lifted to the room,
// read from the doc as the export's viewer may read it, and written as Markdown and print HTML.
import type * as Y from 'yjs';
import { readBoard, readControl, readVotes, rankTallies, type BoardViewer } from '../model/board';
import { groupBoardId, membersByGroup, readBreakout } from '../model/breakouts/read';
import { escapeHtml as h } from './escape';
import type { ReportBreakoutGroup } from './reportTypes';

export function breakoutParts(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
  names: Map<string, string>,
): ReportBreakoutGroup[] | undefined {
  const b = readBreakout(doc, blockId);
  if (!b) return undefined;
  const members = membersByGroup(b);
  const anonymous = readControl(doc, blockId)?.settings.anonymous ?? false;
  return b.plan.groups.map((g) => {
    const boardId = groupBoardId(blockId, g.id);
    const view = readBoard(doc, boardId, viewer);
    const votes = new Map<string, number>();
    const tallies = readVotes(doc, boardId, viewer)?.tallies;
    for (const r of tallies ? rankTallies(tallies) : []) votes.set(r.targetId, r.count);
    const notes = (view?.notes ?? [])
      // A dot on a note group counts for each of its notes (as on the console and projector).
      .map((n, i) => ({
        text: n.text,
        votes: (votes.get(n.id) ?? 0) + (n.groupId ? (votes.get(n.groupId) ?? 0) : 0),
        i,
      }))
      .sort((a, c) => c.votes - a.votes || a.i - c.i)
      .map(({ text, votes: v }) => ({ text, votes: v }));
    return {
      name: g.name,
      members: anonymous
        ? null
        : (members.get(g.id) ?? [])
            .map((p) => names.get(p) ?? 'Someone')
            .sort((a, c) => a.localeCompare(c)),
      notes,
      sealed: view?.hidden.total ?? 0,
      lifted: b.lifted.filter((l) => l.groupId === g.id).map((l) => ({ text: l.text, to: l.to })),
    };
  });
}

const LIFTED_TO = { room: "the room's board", decision: 'decisions', action: 'actions' } as const;
const membersLine = (g: ReportBreakoutGroup) =>
  g.members === null ? 'anonymous' : g.members.length ? g.members.join(', ') : 'nobody';
const votesLabel = (n: number) => (n > 0 ? ` (${n} ${n === 1 ? 'vote' : 'votes'})` : '');

/** Markdown text is escaped by the caller's `inline`. */
export function breakoutMarkdown(
  groups: readonly ReportBreakoutGroup[],
  inline: (s: string) => string,
): string[] {
  if (!groups.length) return [];
  const out = ['#### Breakout groups', ''];
  for (const g of groups) {
    out.push(`##### ${inline(g.name)}`, '', `_Members: ${inline(membersLine(g))}_`, '');
    for (const n of g.notes) out.push(`- ${inline(n.text)}${votesLabel(n.votes)}`);
    if (!g.notes.length) out.push('_No notes._');
    if (g.sealed) out.push('', `_${g.sealed} notes still sealed._`);
    out.push('');
    for (const l of g.lifted) out.push(`- Lifted to ${LIFTED_TO[l.to]}: ${inline(l.text)}`);
    if (g.lifted.length) out.push('');
  }
  return out;
}

export function breakoutHtml(groups: readonly ReportBreakoutGroup[]): string {
  if (!groups.length) return '';
  const group = (g: ReportBreakoutGroup) => `<div class="keep"><h5>${h(g.name)}</h5>
<p class="sub">Members: ${h(membersLine(g))}</p>
${g.notes.length ? `<ul class="notes">${g.notes.map((n) => `<li>${h(n.text)}${h(votesLabel(n.votes))}</li>`).join('')}</ul>` : '<p class="empty">No notes.</p>'}
${g.sealed ? `<p class="empty">${g.sealed} notes still sealed.</p>` : ''}
${g.lifted.length ? `<ul>${g.lifted.map((l) => `<li>Lifted to ${h(LIFTED_TO[l.to])}: ${h(l.text)}</li>`).join('')}</ul>` : ''}</div>`;
  return `<h4>Breakout groups</h4>\n${groups.map(group).join('\n')}`;
}
