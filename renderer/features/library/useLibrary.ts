// The library's behaviour: the session list and the actions on it, with one message line for
// what just happened (status) or went wrong (alert).
import { useCallback, useEffect, useState } from 'react';
import { hostApi } from '../../platform';
import type { LibrarySessionInfo } from '../../../shared/protocol/hostApi';
import { importSessionFile, saveSessionFile } from './sessionFiles';

export interface LibraryMessage {
  kind: 'status' | 'error';
  text: string;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useLibrary() {
  const [sessions, setSessions] = useState<LibrarySessionInfo[] | null>(null);
  const [message, setMessage] = useState<LibraryMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    const api = hostApi();
    if (!api) return;
    try {
      setSessions(await api.listSessions({}));
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Runs one library action; its failure becomes the alert, its success a status line. */
  const run = useCallback(
    async (action: () => Promise<string | null>) => {
      setBusy(true);
      try {
        const done = await action();
        setMessage(done ? { kind: 'status', text: done } : null);
      } catch (e) {
        setMessage({ kind: 'error', text: messageOf(e) });
      } finally {
        setBusy(false);
        await refresh();
      }
    },
    [refresh],
  );

  const api = () => {
    const a = hostApi();
    if (!a) throw new Error('This page needs the facilitator key.');
    return a;
  };

  return {
    sessions,
    message,
    busy,
    rename: (id: string, title: string) =>
      run(async () => `Renamed to “${(await api().renameSession({ id, title })).title}”.`),
    duplicate: (id: string, mode: 'agenda' | 'everything') =>
      run(
        async () =>
          `Created “${(await api().duplicateSession({ id, mode })).title}”${mode === 'agenda' ? ' with the agenda only' : ''}.`,
      ),
    remove: (id: string, title: string) =>
      run(async () => {
        await api().deleteSession({ id });
        return `Deleted “${title}”.`;
      }),
    exportFile: (id: string) =>
      run(async () => {
        const file = await api().exportSession({ id });
        return (await saveSessionFile(file)) ? `Exported “${file.fileName}”.` : null;
      }),
    importFile: (file: File) =>
      run(async () => `Imported “${(await importSessionFile(file)).title}”.`),
  };
}
