// Poll results on the projector, live, for the polls whose results the facilitator shows.
import './polls.css';
import type * as Y from 'yjs';
import { useDoc } from '../../stores/docStore';
import { PollResults } from './PollResults';

export function ProjectorPolls(props: { doc: Y.Doc }) {
  const polls = useDoc(props.doc, (s) => s.polls);
  const shown = polls.filter((r) => r.poll.showResults && r.poll.state !== 'draft');
  if (shown.length === 0) return null;
  return (
    <section className="projector-polls" aria-label="Poll results">
      {shown.map((r) => (
        <div className="poll-card" key={r.poll.id}>
          <h3 dir="auto">
            {r.poll.question}
            {r.poll.state === 'open' ? '' : ' (closed)'}
          </h3>
          <PollResults result={r} />
        </div>
      ))}
    </section>
  );
}
