// A note's text on the board: whole up to CLAMP_LINES (noteClamp.ts) lines; a longer note shows its first lines
// and says how many more there are on a button that opens it whole (never cut off silently, and
// never a scrolling box a keyboard cannot reach).
import { useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { CLAMP_LINES, hiddenLines } from './noteClamp';
import { useT } from '../../i18n/useT';

const CLAMP_STYLE = { WebkitLineClamp: CLAMP_LINES, lineClamp: CLAMP_LINES } as CSSProperties;

export function NoteText(props: { text: string }) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLParagraphElement>(null);
  const [whole, setWhole] = useState(false);
  const [more, setMore] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || whole) return;
    const measure = () =>
      setMore(
        hiddenLines(el.scrollHeight, el.clientHeight, parseFloat(getComputedStyle(el).lineHeight)),
      );
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [props.text, whole]);
  return (
    <>
      <p
        ref={ref}
        id={id}
        className={`note-text${whole ? '' : ' clamped'}`}
        dir="auto"
        style={whole ? undefined : CLAMP_STYLE}
      >
        {props.text}
      </p>
      {(more > 0 || whole) && (
        <button
          type="button"
          className="note-text-more link"
          aria-expanded={whole}
          aria-controls={id}
          onClick={(e) => {
            // A click on a note may also choose it as a target: this one only opens the text.
            e.stopPropagation();
            setWhole(!whole);
          }}
        >
          {whole ? t('note.showLess') : t('note.moreLines', { n: more })}
        </button>
      )}
    </>
  );
}
