// A palette colour's shape marker, so colour never carries meaning alone (STYLE.md rule 7).
import { PALETTE } from '../../../shared/model/board/boardDoc';
import type { ColourId } from '../../../shared/model/board';
import { t } from '../../i18n/t';
import { useT } from '../../i18n/useT';

const SHAPES: Record<string, string> = {
  circle: 'M8 1a7 7 0 1 0 0.01 0Z',
  square: 'M2 2h12v12H2Z',
  triangle: 'M8 1l7 13H1Z',
  diamond: 'M8 0l8 8-8 8-8-8Z',
  star: 'M8 0l2.4 5 5.6.6-4.2 3.8 1.2 5.6L8 12.2 3 15l1.2-5.6L0 5.6 5.6 5Z',
  hexagon: 'M4 1h8l4 7-4 7H4L0 8Z',
};

export function paletteEntry(id: ColourId) {
  return PALETTE.find((p) => p.id === id) ?? PALETTE[0];
}

/** The colour and its shape in the reader's language ("Yellow circle", "Gelb Kreis"). */
export function colourLabel(id: ColourId): string {
  const p = paletteEntry(id);
  return t('colour.named', { colour: p.id, marker: p.marker });
}

export function colourName(id: ColourId): string {
  return colourLabel(id);
}

/** The shape, drawn dark on the note's colour; labelled unless `decorative`. */
export function ColourMarker({
  colour,
  decorative = false,
}: {
  colour: ColourId;
  decorative?: boolean;
}) {
  useT();
  const p = paletteEntry(colour);
  return (
    <svg
      className="colour-marker"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      role={decorative ? undefined : 'img'}
      aria-hidden={decorative || undefined}
      aria-label={decorative ? undefined : t('colour.aria', { name: colourName(colour) })}
    >
      <path d={SHAPES[p.marker] ?? SHAPES.circle} fill={p.hex} stroke="#1f2328" strokeWidth="1.2" />
    </svg>
  );
}
