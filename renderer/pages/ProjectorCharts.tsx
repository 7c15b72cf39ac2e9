// The projector's charts screen (issue 25): one chart a page, large — each measure over time, each
// team health check beside the earlier sessions', planned against actual minutes of the day —
// turning with the projector's page counter like every paged region.
import type * as Y from 'yjs';
import type { ReactNode } from 'react';
import { useRegisters } from '../features/registers/useRegisters';
import { MeasureTrend } from '../features/registers/MeasureTrends';
import { useDoc } from '../stores/docStore';
import { PlanChart } from '../features/timer/PlanChart';
import { ChartSvg } from '../features/charts/ChartSvg';
import { pollChart } from '../../shared/charts/resultCharts';
import { pollChartWords } from '../features/polls/pollChartWords';
import { pollSummary } from '../features/polls/PollResults';
import { useProjectorPageCounter } from '../features/projector/useProjectorScreen';
import { PageNumber } from '../features/projector/PageNumber';
import { pageIndex } from '../../shared/model/session/projectorView';
import { useT } from '../i18n/useT';

export function ProjectorCharts(props: { doc: Y.Doc; title: string }) {
  const { doc } = props;
  const t = useT();
  const registers = useRegisters(doc);
  const polls = useDoc(doc, (s) => s.polls);
  const counter = useProjectorPageCounter(doc);
  const pages: { key: string; heading: string; body: ReactNode }[] = [
    ...registers.measures.map((m, i) => ({
      key: m.id,
      heading: t('registers.measures'),
      body: (
        <MeasureTrend
          measure={m}
          values={registers.measureValues.get(m.id) ?? []}
          tag={`M${i + 1}`}
        />
      ),
    })),
    ...polls
      .filter((r) => r.trend && r.poll.state !== 'draft')
      .map((r) => ({
        key: r.poll.id,
        heading: t('series.teamHealth'),
        body: (
          <article aria-label={t('polls.pollLabel', { question: r.poll.question })}>
            <h4 dir="auto">{r.poll.question}</h4>
            <p className="poll-summary">{pollSummary(r)}</p>
            <ChartSvg
              testId="health-chart"
              make={(w, f) => pollChart(r, w, f, pollChartWords(r))}
            />
          </article>
        ),
      })),
    { key: 'plan', heading: t('timer.planVsActual'), body: <PlanChart doc={doc} /> },
  ];
  const index = pageIndex(counter, pages.length);
  const page = pages[index]!;
  return (
    <main className="projector projector-charts">
      <header className="projector-charts-head">
        <p className="projector-day">{props.title}</p>
        <h1 className="projector-title">{page.heading}</h1>
        <PageNumber pages={{ index, count: pages.length }} />
      </header>
      <section className="projector-chart" aria-label={page.heading} key={page.key}>
        {page.body}
      </section>
    </main>
  );
}
