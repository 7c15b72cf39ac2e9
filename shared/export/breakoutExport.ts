// Breakouts in the exports: a section per group with its members (or "anonymous"), its notes in
// its own vote order (most votes first, then the board's order) and what was lifted to the room,
// read from the doc as the export's viewer may read it, and written as Markdown and print HTML.
import type * as Y from 'yjs';
import { readBoard, readControl, readVotes, rankTallies, type BoardViewer } from '../model/board';
import { groupBoardId, membersByGroup, readBreakout } from '../model/breakouts/read';
import { escapeHtml as h } from './escape';
import type { ReportBreakoutGroup } from './reportTypes';
import { countOf, ENGLISH_WORDS, type ExportWords } from './exportWords';

export function breakoutParts(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
  names: Map<string, string>,
  w: ExportWords = ENGLISH_WORDS,
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
      .map((n, i) => ({ text: n.text, votes: votes.get(n.id) ?? 0, i }))
      .sort((a, c) => c.votes - a.votes || a.i - c.i)
      .map(({ text, votes: v }) => ({ text, votes: v }));
    return {
      name: g.name,
      members: anonymous
        ? null
        : (members.get(g.id) ?? [])
            .map((p) => names.get(p) ?? w.say.someone)
            .sort((a, c) => a.localeCompare(c)),
      notes,
      sealed: view?.hidden.total ?? 0,
      lifted: b.lifted.filter((l) => l.groupId === g.id).map((l) => ({ text: l.text, to: l.to })),
    };
  });
}

const membersLine = (g: ReportBreakoutGroup, w: ExportWords) =>
  g.members === null ? w.say.anonymous : g.members.length ? g.members.join(', ') : w.say.nobody;
const votesLabel = (n: number, w: ExportWords) => (n > 0 ? ` (${countOf(w, n, 'vote')})` : '');

/** Markdown text is escaped by the caller's `inline`. */
export function breakoutMarkdown(
  groups: readonly ReportBreakoutGroup[],
  inline: (s: string) => string,
  w: ExportWords = ENGLISH_WORDS,
): string[] {
  if (!groups.length) return [];
  const s = w.say;
  const out = [`#### ${s.breakoutGroups}`, ''];
  for (const g of groups) {
    out.push(`##### ${inline(g.name)}`, '', `_${s.members(inline(membersLine(g, w)))}_`, '');
    for (const n of g.notes) out.push(`- ${inline(n.text)}${votesLabel(n.votes, w)}`);
    if (!g.notes.length) out.push(`_${s.noNotes}_`);
    if (g.sealed) out.push('', `_${s.sealed(g.sealed)}_`);
    out.push('');
    for (const l of g.lifted) out.push(`- ${s.liftedTo(l.to, inline(l.text))}`);
    if (g.lifted.length) out.push('');
  }
  return out;
}

export function breakoutHtml(
  groups: readonly ReportBreakoutGroup[],
  w: ExportWords = ENGLISH_WORDS,
): string {
  if (!groups.length) return '';
  const s = w.say;
  const group = (g: ReportBreakoutGroup) => `<div class="keep"><h5>${h(g.name)}</h5>
<p class="sub">${h(s.members(membersLine(g, w)))}</p>
${g.notes.length ? `<ul class="notes">${g.notes.map((n) => `<li>${h(n.text)}${h(votesLabel(n.votes, w))}</li>`).join('')}</ul>` : `<p class="empty">${h(s.noNotes)}</p>`}
${g.sealed ? `<p class="empty">${h(s.sealed(g.sealed))}</p>` : ''}
${g.lifted.length ? `<ul>${g.lifted.map((l) => `<li>${h(s.liftedTo(l.to, l.text))}</li>`).join('')}</ul>` : ''}</div>`;
  return `<h4>${h(s.breakoutGroups)}</h4>\n${groups.map(group).join('\n')}`;
}
