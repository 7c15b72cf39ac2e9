// Which decisions and actions the cockpit lists: those of the block the room is on (and those tied
// to no block) while a block runs, or all of them. By the afternoon of day two the registers hold
// dozens of rows; the facilitator running "Roadmap: commit" needs that block's, with the rest one
// click away and counted, never silently gone.
import { useState } from 'react';
import type * as Y from 'yjs';
import type { SourceLink } from '../../../shared/model/registers/names';
import { useProjectorModel } from '../projector/useProjectorModel';
import { useT } from '../../i18n/useT';

export type RegisterScope = 'block' | 'all';

export interface ScopedRegisters<D, A> {
  scope: RegisterScope;
  setScope(s: RegisterScope): void;
  /** The running block, or null when none runs (then everything is listed). */
  block: { id: string; title: string } | null;
  decisions: D[];
  actions: A[];
  /** Rows of other blocks left out of this view. */
  hidden: number;
}

const inBlock = (blockId: string) => (x: SourceLink) =>
  x.sourceBlockId === null || x.sourceBlockId === blockId;

export function useRegisterScope<D extends SourceLink, A extends SourceLink>(
  doc: Y.Doc,
  all: { decisions: D[]; actions: A[] },
): ScopedRegisters<D, A> {
  const current = useProjectorModel(doc).current;
  const [chosen, setScope] = useState<RegisterScope>('block');
  const block = current ? { id: current.id, title: current.title } : null;
  if (!block || chosen === 'all')
    return { scope: block ? chosen : 'all', setScope, block, ...all, hidden: 0 };
  const decisions = all.decisions.filter(inBlock(block.id));
  const actions = all.actions.filter(inBlock(block.id));
  const hidden = all.decisions.length - decisions.length + (all.actions.length - actions.length);
  return { scope: 'block', setScope, block, decisions, actions, hidden };
}

export function RegisterScopeSwitch(props: {
  scoped: Pick<ScopedRegisters<unknown, unknown>, 'scope' | 'setScope' | 'block' | 'hidden'>;
}) {
  const t = useT();
  const { scope, setScope, block, hidden } = props.scoped;
  if (!block) return null;
  return (
    <fieldset className="register-scope">
      <legend className="visually-hidden">{t('registers.scopeLegend')}</legend>
      <label>
        <input
          type="radio"
          name="register-scope"
          checked={scope === 'block'}
          onChange={() => setScope('block')}
        />{' '}
        {t('registers.thisBlock')}
      </label>
      <label>
        <input
          type="radio"
          name="register-scope"
          checked={scope === 'all'}
          onChange={() => setScope('all')}
        />{' '}
        {t('registers.allBlocks')}
      </label>
      {scope === 'block' && hidden > 0 && (
        <span className="muted" role="status">
          {t('registers.hiddenRows', { n: hidden })}
        </span>
      )}
    </fieldset>
  );
}
