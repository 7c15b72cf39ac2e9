// A menu button (the WAI-ARIA pattern): one small button that opens a list of actions. Enter,
// Space or ↓ open it on the first item, ↑ on the last; ↑/↓, Home and End move, Enter or Space
// runs an item, Esc closes it back onto the button, Tab or a click elsewhere closes it.
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  onSelect(): void;
}

export function MenuButton(props: {
  /** What the button says. */
  text: string;
  /** Its accessible name (says what the menu is for: "Group actions: Pricing"). */
  name: string;
  items: MenuItem[];
}) {
  const { items } = props;
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // Which item to focus once the menu is drawn: first (0) or last (-1).
  const [start, setStart] = useState(0);

  const itemEls = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
  ];
  // Focus moves into the menu as it is drawn, before the next key can arrive: Preact runs a
  // plain effect after the next paint, and an Esc pressed at once still found the focus on the
  // button, which left the menu open (registers-from-room.spec, more often on a busy machine).
  useLayoutEffect(() => {
    if (open)
      itemEls()
        .at(start < 0 ? -1 : start)
        ?.focus();
  }, [open, start]);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menu.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open, start]);

  const openAt = (at: number) => {
    setStart(at);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const els = itemEls();
    const at = els.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => els[(i + els.length) % els.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(els.length - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <span className="menu-button">
      <button
        ref={button}
        type="button"
        className="menu-button-trigger"
        aria-label={props.name}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.preventDefault();
            close();
          } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            openAt(e.key === 'ArrowDown' ? 0 : -1);
          }
        }}
      >
        {props.text}
      </button>
      {open && (
        <div ref={menu} id={id} role="menu" aria-label={props.name} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
