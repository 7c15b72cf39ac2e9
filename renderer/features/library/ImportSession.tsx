// Importing a session file: a file picker button, and the whole library as a drop target.
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { OFFSITE_EXTENSION } from './sessionFiles';
import { useT } from '../../i18n/useT';

// eslint-disable-next-line lingui/no-unlocalized-strings -- a drag's data type, not a word
const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');

/** A button that opens a file picker (the input itself stays out of sight and out of the tab order). */
export function FilePickerButton(props: {
  label: string;
  accept: string;
  inputLabel: string;
  busy: boolean;
  onFile(file: File): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={props.busy} onClick={() => input.current?.click()}>
        {props.label}
      </button>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        className="visually-hidden"
        aria-label={props.inputLabel}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}

export function ImportButton(props: { busy: boolean; onFile(file: File): void }) {
  const t = useT();
  return (
    <FilePickerButton
      {...props}
      label={t('library.import.session')}
      // eslint-disable-next-line lingui/no-unlocalized-strings -- file types
      accept={`${OFFSITE_EXTENSION},application/octet-stream`}
      inputLabel={t('library.import.sessionInput')}
    />
  );
}

export function DropZone(props: { onFile(file: File): void; children: ReactNode }) {
  const [over, setOver] = useState(false);
  const t = useT();
  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      data-testid="library-drop-zone"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) props.onFile(file);
      }}
    >
      {props.children}
      {over && (
        <p className="drop-hint" aria-hidden="true">
          {t('library.import.dropHint', { extension: OFFSITE_EXTENSION })}
        </p>
      )}
    </div>
  );
}
