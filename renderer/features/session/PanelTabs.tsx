// The cockpit's panels by name, each with a badge of what arrived unseen (useInbox). In the board
// view a button opens its panel beside the board (again: closes it); in the cockpit it scrolls to
// the panel and puts the focus on its heading.
import { badgeText } from './inbox';
import { useT } from '../../i18n/useT';

export interface PanelTab<Id extends string> {
  id: Id;
  label: string;
  /** Unseen arrivals; 0 shows no badge. */
  unseen?: number;
}

export function PanelTabs<Id extends string>(props: {
  tabs: PanelTab<Id>[];
  /** The board view's open panel; undefined in the cockpit (the buttons jump instead). */
  open?: Id | null;
  onChoose(id: Id): void;
}) {
  const t = useT();
  const toggles = props.open !== undefined;
  return (
    <nav className="panel-tabs" aria-label={t('session.panels')}>
      {props.tabs.map((tab) => {
        const badge = badgeText(tab.unseen ?? 0);
        return (
          <button
            key={tab.id}
            type="button"
            className="panel-tab"
            aria-pressed={toggles ? props.open === tab.id : undefined}
            onClick={() => props.onChoose(tab.id)}
          >
            {tab.label}
            {badge && (
              // Read with the label ("Questions 2 new"), as it is shown.
              <span className="badge inbox-badge"> {badge}</span>
            )}
          </button>
        );
      })}
    </nav>
  );
}
