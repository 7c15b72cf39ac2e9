// The projector's vote results: VoteResults in big type, in pages that turn with the projector's
// page counter (usePages), numbered.
import { useRef } from 'react';
import { usePages } from '../projector/usePages';
import { PageNumber } from '../projector/PageNumber';
import type { BoardView, RankedResult } from '../../../shared/model/board';
import { VoteResults } from './VoteResults';

export function ProjectorVoteResults(props: {
  ranked: RankedResult[];
  view: BoardView;
  pageCounter: number;
  pageKey?: string;
}) {
  const section = useRef<HTMLElement>(null);
  const pages = usePages(section, {
    counter: props.pageCounter,
    resetKey: props.pageKey,
    deps: [props.ranked, props.view],
  });
  return (
    <VoteResults
      ranked={props.ranked}
      view={props.view}
      big
      sectionRef={section}
      pageNumber={<PageNumber pages={pages} />}
    />
  );
}
