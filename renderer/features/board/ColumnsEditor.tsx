// The board's columns, editable at any time on the console: rename, add, remove (the notes of a
// removed column go to "Unsorted"), saved together so the room sees one change.
import { memo, useState } from 'react';
import { UNSORTED_COLUMN, type BoardColumn } from '../../../shared/model/board';
import { useT } from '../../i18n/useT';

interface Row {
  key: number;
  id?: string;
  title: string;
}

/** Memoised: the board redraws on every incoming note, this need not. */
export const ColumnsEditor = memo(function ColumnsEditor(props: {
  columns: BoardColumn[];
  onSave(columns: { id?: string; title: string }[]): boolean;
}) {
  const t = useT();
  const initial = (): Row[] =>
    props.columns
      .filter((c) => c.id !== UNSORTED_COLUMN.id)
      .map((c, i) => ({ key: i, id: c.id, title: c.title }));
  const [rows, setRows] = useState<Row[]>(initial);
  const [nextKey, setNextKey] = useState(100);
  const [saved, setSaved] = useState(false);
  const set = (key: number, title: string) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, title } : r)));

  return (
    <form
      className="columns-editor"
      aria-label={t('board.columns.label')}
      onSubmit={(e) => {
        e.preventDefault();
        if (props.onSave(rows.map((r) => ({ id: r.id, title: r.title })))) setSaved(true);
      }}
    >
      <fieldset>
        <legend>{t('board.columns.legend')}</legend>
        <ol>
          {rows.map((r, i) => (
            <li key={r.key} className="row">
              <label>
                <span className="visually-hidden">{t('board.columns.titleOf', { n: i + 1 })}</span>
                <input type="text" value={r.title} onChange={(e) => set(r.key, e.target.value)} />
              </label>
              <button
                type="button"
                disabled={rows.length <= 1}
                onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
              >
                {t('board.columns.remove')}{' '}
                <span className="visually-hidden">
                  {t('board.columns.removeWhich', { name: r.title || i + 1 })}
                </span>
              </button>
            </li>
          ))}
        </ol>
        <p className="muted">{t('board.columns.removedMove')}</p>
        <div className="row">
          <button
            type="button"
            onClick={() => {
              setRows((rs) => [...rs, { key: nextKey, title: '' }]);
              setNextKey((k) => k + 1);
            }}
          >
            {t('board.columns.add')}
          </button>
          <button type="submit" className="primary">
            {t('board.columns.save')}
          </button>
          <span role="status" className="muted">
            {saved ? t('board.columns.saved') : ''}
          </span>
        </div>
      </fieldset>
    </form>
  );
});
