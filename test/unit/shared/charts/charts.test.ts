// The charts' scales and words (issue 25): bars in proportion to their values, the measure line's
// y scale rounded to ticks that hold every value, points in date order, the target's ring at its
// date, and each chart's numbers in its table; a measure's trend said in words.
import { describe, expect, it } from 'vitest';
import { barChart, sessionStyles } from '#shared/charts/barChart';
import { lineChart, formatValue } from '#shared/charts/lineChart';
import { drawnShapes, fitText, type Shape } from '#shared/charts/chartTypes';
import { chartSvg } from '#shared/charts/chartSvg';
import { measureWords, measureMoved } from '#shared/charts/measureWords';
import type { Measure, MeasureValue } from '#shared/model/registers/names';
import { measureChart } from '#shared/charts/measureChart';
import { pollChartHtml } from '#shared/export/printCharts';
import { healthLines } from '#shared/export/toolkitExport';
import type { ReportPoll } from '#shared/export/reportTypes';
import { exportWords, measureWordsIn } from '#shared/export/exportWords';

const rects = (shapes: Shape[]) => shapes.filter((s) => s.t === 'rect');
const texts = (shapes: Shape[]) => shapes.flatMap((s) => (s.t === 'text' ? [s.text] : []));

describe('barChart', () => {
  const spec = {
    title: 'Votes',
    rowHead: 'Result',
    series: [{ name: 'Votes', style: 'solid' as const }],
    rows: [
      { label: 'Scale the data layer', values: [6] },
      { label: 'Predictable releases', values: [3] },
      { label: 'Nobody', values: [0] },
    ],
    width: 400,
    font: 10,
  };

  it('draws bars in proportion, the largest filling the plot, and writes every number', () => {
    const c = barChart(spec);
    const [a, b, ...rest] = rects(c.shapes);
    expect(rest).toHaveLength(0); // a zero draws no bar, only its number
    expect(a!.w / b!.w).toBeCloseTo(2, 5);
    // One bar a row on a wide chart: labels in a column on the left, bars from its edge, the
    // largest reaching the right but for its number.
    const labelCol = 'Scale the data layer'.length * 10 * 0.58 + 6;
    expect(a!.t === 'rect' && a!.x).toBeCloseTo(labelCol + 1, 5);
    expect(a!.t === 'rect' && a!.x + a!.w).toBeCloseTo(400 - 5.8 - 6 - 2, 5);
    const label = c.shapes.find((s) => s.t === 'text' && s.text === 'Scale the data layer');
    const number = c.shapes.find((s) => s.t === 'text' && s.text === '6');
    expect(label?.t === 'text' && number?.t === 'text' && label.y === number.y).toBe(true);
    expect(texts(c.shapes)).toEqual(expect.arrayContaining(['6', '3', '0', 'Nobody']));
    expect(c.table.rows).toEqual([
      ['Scale the data layer', '6'],
      ['Predictable releases', '3'],
      ['Nobody', '0'],
    ]);
    // One line a row: three rows of a bar and a little space.
    expect(c.height).toBeGreaterThanOrEqual(3 * 11.5);
    expect(c.height).toBeLessThan(3 * 2 * 10);
  });

  it('scales to a given top (a health check’s 5), with a legend for several series', () => {
    const c = barChart({
      ...spec,
      series: [
        { name: '2026-09-14', style: 'hatch' },
        { name: 'This session', style: 'solid' },
      ],
      rows: [{ label: 'Pace', values: [2.5, null], texts: ['2.5', 'not asked'] }],
      max: 5,
    });
    const bars = rects(c.shapes).filter((r) => r.h > 9); // legend swatches and bars
    const bar = bars.find((r) => r.t === 'rect' && r.style === 'hatch' && r.w > 50)!;
    const plot = 400 - 1 - 'not asked'.length * 10 * 0.58 - 6 - 2;
    expect(bar.t === 'rect' && bar.w).toBeCloseTo(plot / 2, 0);
    expect(texts(c.shapes)).toEqual(
      expect.arrayContaining(['2026-09-14', 'This session', 'not asked']),
    );
    expect(c.table.head).toEqual(['Result', '2026-09-14', 'This session']);
  });

  it('gives the latest session solid ink and earlier ones lighter patterns', () => {
    expect(sessionStyles(1)).toEqual(['solid']);
    expect(sessionStyles(2)).toEqual(['hatch', 'solid']);
    expect(sessionStyles(5)).toEqual(['outline', 'outline', 'dots', 'hatch', 'solid']);
  });

  it('draws patterns as strokes inside their bar, so the SVG refers to nothing by url', () => {
    const shapes = drawnShapes([{ t: 'rect', x: 0, y: 0, w: 50, h: 10, style: 'hatch' }]);
    const strokes = shapes.filter((s) => s.t === 'line');
    expect(strokes.length).toBe(10);
    expect(strokes.every((s) => s.t === 'line' && s.x1 > 0 && s.x1 < 50)).toBe(true);
    const svg = chartSvg(barChart(spec));
    expect(svg).not.toMatch(/url\(|http/);
    expect(svg).toContain('role="img" aria-label="Votes"');
  });

  it('cuts a long label with an ellipsis to fit its width', () => {
    expect(fitText('short', 100, 10)).toBe('short');
    const cut = fitText('a'.repeat(100), 100, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBe(17);
  });
});

describe('lineChart', () => {
  const chart = () =>
    lineChart({
      title: 'NPS',
      unit: '',
      baseline: { value: 42, date: '2026-09-14' },
      target: { value: 60, date: '2027-03-31' },
      points: [
        { date: '2026-10-01', value: 47 },
        { date: '2026-12-01', value: 51 },
      ],
      width: 600,
      font: 12,
    });

  it('rounds the y scale to ticks that hold every value and the target', () => {
    const ticks = chart()
      .shapes.filter((s) => s.t === 'text' && s.anchor === 'end' && s.size === 0.85)
      .map((s) => (s.t === 'text' ? Number(s.text) : NaN))
      .filter((n) => !Number.isNaN(n));
    expect(Math.min(...ticks)).toBeLessThanOrEqual(42);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(60);
    expect(ticks.every((t) => t % 5 === 0)).toBe(true);
  });

  it('puts later dates to the right and higher values higher, the target ring at its date', () => {
    const c = chart();
    const marks = c.shapes.filter((s) => s.t === 'mark');
    const squares = marks.filter((m) => m.t === 'mark' && m.shape === 'square');
    const rings = marks.filter((m) => m.t === 'mark' && m.shape === 'ring');
    expect(squares).toHaveLength(2);
    const [p1, p2] = squares as Extract<Shape, { t: 'mark' }>[];
    expect(p2!.x).toBeGreaterThan(p1!.x);
    expect(p2!.y).toBeLessThan(p1!.y); // 51 above 47
    // The baseline's ring at its date (the line starts there) and the target's at the far right.
    expect(rings).toHaveLength(2);
    const target = rings.reduce((a, b) => (a.t === 'mark' && b.t === 'mark' && b.x > a.x ? b : a));
    expect(target.t === 'mark' && target.x).toBeGreaterThan(p2!.x);
    expect(texts(c.shapes)).toEqual(
      expect.arrayContaining(['Baseline 42', 'Target 60 by 2027-03-31', '47', '51']),
    );
    expect(c.table.rows).toEqual([
      ['2026-09-14', '42', 'baseline'],
      ['2026-10-01', '47', ''],
      ['2026-12-01', '51', ''],
      ['2027-03-31', '60', 'target'],
    ]);
  });

  it('says when there are no values yet', () => {
    const c = lineChart({
      title: 'x',
      unit: '%',
      baseline: null,
      target: null,
      points: [],
      width: 300,
      font: 10,
    });
    expect(texts(c.shapes)).toContain('No values recorded yet');
  });

  it('writes values the same way everywhere', () => {
    expect(formatValue(42)).toBe('42');
    expect(formatValue(42.456)).toBe('42.46');
    expect(formatValue(1250)).toBe('1,250');
  });
});

describe('measureWords', () => {
  const measure = (more: Partial<Measure> = {}): Measure => ({
    id: 'm1',
    name: 'NPS',
    baseline: '',
    target: '',
    byWhen: '',
    owner: '',
    decisionIds: [],
    actionIds: [],
    createdAt: 0,
    unit: '',
    baselineValue: 42,
    baselineDate: '2026-09-14',
    targetValue: 60,
    targetDate: '2027-03-31',
    ...more,
  });
  const value = (date: string, v: number): MeasureValue => ({
    id: date,
    measureId: 'm1',
    value: v,
    date,
    note: '',
    who: '',
    sessionId: null,
    recordedAt: 0,
  });

  it('says the trend as the issue does', () => {
    const vs = [value('2026-10-01', 47), value('2026-12-01', 51)];
    expect(measureWords(measure(), vs)).toBe('42 → 51 since 2026-09-14; target 60 by 2027-03-31');
    expect(measureMoved(measure(), vs)).toBe(true);
  });

  it('writes the unit, and says when there is nothing yet', () => {
    expect(measureWords(measure({ unit: '%' }), [value('2026-10-01', 47)])).toBe(
      '42% → 47% since 2026-09-14; target 60% by 2027-03-31',
    );
    expect(measureWords(measure({ unit: 'days' }), [])).toBe(
      '42 days on 2026-09-14, no later value yet; target 60 days by 2027-03-31',
    );
    expect(measureWords(measure({ baselineValue: null, targetValue: null }), [])).toBe(
      'no values yet',
    );
    expect(measureMoved(measure(), [])).toBe(false);
  });

  it('starts from the first value when there is no baseline', () => {
    const vs = [value('2026-10-01', 47), value('2026-12-01', 51)];
    expect(measureWords(measure({ baselineValue: null, targetDate: null }), vs)).toBe(
      '47 → 51 since 2026-10-01; target 60',
    );
  });

  it('says the trend and draws the chart in the reader’s language: words, numbers and days', () => {
    const m = measure({ baselineValue: 1250, targetValue: 2000, unit: '' });
    const vs = [value('2026-10-01', 1400.5), value('2026-12-01', 1500.25)];
    const de = measureWordsIn(exportWords('de'));
    expect(measureWords(m, vs, de.trend)).toBe(
      '1.250 → 1.500,25 seit 14.09.2026; Ziel 2.000 bis 31.03.2027',
    );
    const chart = measureChart(m, vs, 600, 12, de);
    expect(texts(chart.shapes)).toEqual(
      expect.arrayContaining([
        'Ausgangswert 1.250',
        'Ziel 2.000 bis 31.03.2027',
        '1.400,5',
        '31.03.2027',
      ]),
    );
    expect(texts(chart.shapes).join(' ')).not.toMatch(/Baseline|Target|2026-|2027-/);
    expect(chart.table.head).toEqual(['Datum', 'Wert', 'Notiz']);
    expect(chart.table.rows[0]).toEqual(['14.09.2026', '1.250', 'Ausgangswert']);
    const fr = measureWordsIn(exportWords('fr'));
    expect(measureWords(m, [], fr.trend)).toBe(
      '1\u202f250 le 14/09/2026, pas encore de valeur ultérieure\u00a0; cible 2\u202f000 pour le 31/03/2027',
    );
    expect(texts(measureChart(m, [], 600, 12, fr).shapes)).toContain('Aucune valeur enregistrée');
  });
});

describe('a team health check beside earlier sessions, in the export’s language', () => {
  const health = {
    sessions: ['2026-09-14', 'Kick-off', 'This session'],
    dimensions: [{ name: 'Tempo', averages: [2.5, null, 3.5] }],
  };
  it('names the sessions and writes the averages as the language does', () => {
    expect(healthLines(health, exportWords('de'))).toEqual([
      'Tempo: Durchschnitt 3,5 (früher 14.09.2026: 2,5, Kick-off: nicht gefragt)',
    ]);
    expect(healthLines(health)).toEqual([
      'Tempo: average 3.5 (earlier 2026-09-14: 2.5, Kick-off: not asked)',
    ]);
    const svg = pollChartHtml(
      { question: 'Wie geht es?', health } as ReportPoll,
      exportWords('fr'),
    );
    expect(svg).toContain('Cette session');
    expect(svg).toContain('14/09/2026');
    expect(svg).toContain('3,5');
    expect(svg).not.toContain('This session');
  });
});
