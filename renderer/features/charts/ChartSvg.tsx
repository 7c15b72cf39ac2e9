// A chart drawn at its box's width and its text's size (the projector's large type, the console's
// normal one): `make` lays it out for the width and font the box has (shared/charts), this draws
// the shapes, and a visually hidden table gives screen readers the numbers.
import { useLayoutEffect, useRef, useState } from 'react';
import { drawnShapes, type Chart, type Shape } from '../../../shared/charts/chartTypes';
import { barFill } from '../../../shared/charts/chartSvg';
import './charts.css';

const DASH = { solid: undefined, dash: '10 6', dot: '2 4' };

function ShapeEl({ s, font }: { s: Shape; font: number }) {
  switch (s.t) {
    case 'rect':
      return (
        <rect
          x={s.x}
          y={s.y}
          width={s.w}
          height={s.h}
          fill={barFill(s.style)}
          stroke="currentColor"
          strokeWidth={1.5}
        />
      );
    case 'line':
      return (
        <line
          x1={s.x1}
          y1={s.y1}
          x2={s.x2}
          y2={s.y2}
          stroke="currentColor"
          strokeWidth={s.weight}
          strokeDasharray={DASH[s.dash]}
        />
      );
    case 'path':
      return <path d={s.d} fill="none" stroke="currentColor" strokeWidth={s.weight} />;
    case 'mark':
      return s.shape === 'square' ? (
        <rect x={s.x - s.r} y={s.y - s.r} width={2 * s.r} height={2 * s.r} fill="currentColor" />
      ) : (
        <circle cx={s.x} cy={s.y} r={s.r} fill="none" stroke="currentColor" strokeWidth={2} />
      );
    case 'text':
      return (
        <text
          x={s.x}
          y={s.y}
          textAnchor={s.anchor}
          fontSize={s.size * font}
          fontWeight={s.bold ? 700 : undefined}
        >
          {s.text}
        </text>
      );
  }
}

/** The box's width and font size, followed as it resizes. */
function useBox() {
  const ref = useRef<HTMLElement>(null);
  const [box, setBox] = useState<{ width: number; font: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const width = Math.floor(el.clientWidth);
      const font = parseFloat(getComputedStyle(el).fontSize) || 16;
      setBox((b) => (b && b.width === width && b.font === font ? b : { width, font }));
    };
    read();
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, box] as const;
}

export function ChartSvg(props: {
  make: (width: number, font: number) => Chart;
  className?: string;
  testId?: string;
}) {
  const [ref, box] = useBox();
  const chart = box && box.width > 0 ? props.make(box.width, box.font) : null;
  return (
    <figure ref={ref} className={`chart ${props.className ?? ''}`} data-testid={props.testId}>
      {chart && (
        <>
          <svg
            viewBox={`0 0 ${chart.width} ${chart.height}`}
            width={chart.width}
            height={chart.height}
            aria-hidden="true"
            fill="currentColor"
          >
            {drawnShapes(chart.shapes).map((s, i) => (
              <ShapeEl key={i} s={s} font={chart.font} />
            ))}
          </svg>
          <table className="visually-hidden">
            <caption>{chart.table.caption}</caption>
            <thead>
              <tr>
                {chart.table.head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {c}
                      </th>
                    ) : (
                      <td key={j}>{c}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
