// What the room sees of the agenda: a bar with the current block's title and the countdown (the
// room's page keeps it at the top of the screen as the page scrolls), then the prompt, what comes
// next, and the day's agenda. The page places the two parts (CurrentBar, CurrentDetails).
import type * as Y from 'yjs';
import { currentBlockId } from '../../../shared/model/timer/timerFacts';
import { useAgenda } from '../../stores/agendaStore';
import { Countdown } from './Countdown';
import { useT } from '../../i18n/useT';

function useCurrent(doc: Y.Doc) {
  const agenda = useAgenda(doc, (s) => s.agenda);
  const id = useAgenda(doc, (s) => currentBlockId(s.timer, s.order));
  const all = agenda.days.flatMap((d) => d.blocks);
  const index = all.findIndex((b) => b.id === id);
  const block = all[index];
  if (!block) return null;
  return {
    block,
    next: all[index + 1] ?? null,
    day: agenda.days.find((d) => d.id === block.dayId),
  };
}

/** The block's title and the countdown. */
export function CurrentBar({ doc }: { doc: Y.Doc }) {
  const current = useCurrent(doc);
  const t = useT();
  if (!current) return null;
  return (
    <section className="current-bar" aria-labelledby="current-block-heading">
      <div className="current-bar-title">
        <p className="muted eyebrow">{t('room.tab.now')}</p>
        <h2 id="current-block-heading" dir="auto">
          {current.block.title}
        </h2>
      </div>
      <Countdown doc={doc} size="medium" />
    </section>
  );
}

/** The block's prompt, what comes next and the day's agenda. */
export function CurrentDetails({ doc }: { doc: Y.Doc }) {
  const current = useCurrent(doc);
  const t = useT();
  if (!current) return null;
  const { block, next, day } = current;
  return (
    <section className="card current-details" aria-label={t('current.about')}>
      {block.prompt && (
        <p className="current-prompt" dir="auto">
          {block.prompt}
        </p>
      )}
      {next && (
        <p className="current-next">
          <span className="muted">{t('current.next', { time: next.start })}</span>{' '}
          <strong>
            <bdi>{next.title}</bdi>
          </strong>
        </p>
      )}
      {day && (
        <details className="day-glance">
          <summary>{t('current.dayAgenda', { day: day.label })}</summary>
          <ol>
            {day.blocks.map((b) => (
              <li key={b.id} aria-current={b.id === block.id ? 'step' : undefined}>
                <span className="glance-time">
                  {b.start}–{b.end}
                </span>{' '}
                <bdi>{b.title}</bdi>
                {b.id === block.id && <strong> {t('current.nowMark')}</strong>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
