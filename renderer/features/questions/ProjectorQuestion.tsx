// The question the facilitator pinned, large on the projector.
import type * as Y from 'yjs';
import { useDoc } from '../../stores/docStore';
import './questions.css';
import { useT } from '../../i18n/useT';

export function ProjectorQuestion(props: { doc: Y.Doc }) {
  const t = useT();
  const q = useDoc(props.doc, (s) => s.questions.find((x) => x.pinned && x.answeredAt === null));
  if (!q) return null;
  return (
    <section className="projector-question" aria-labelledby="projector-question-heading">
      <h2 id="projector-question-heading">{t('questions.fromRoom', { upvotes: q.upvotes })}</h2>
      <p dir="auto">{q.text}</p>
    </section>
  );
}
