// The library's behaviour: the session list and the actions on it, with one message line for
// what just happened (status) or went wrong (alert).
import { useCallback, useEffect, useState } from 'react';
import { hostApi } from '../../platform';
import type { LibrarySessionInfo, TemplateInfo } from '../../../shared/protocol/hostApi';
import { importSessionFile, saveSessionFile } from './sessionFiles';
import { importTemplateFile, saveTemplateFile } from './templateFiles';

export interface LibraryMessage {
  kind: 'status' | 'error';
  text: string;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useLibrary() {
  const [sessions, setSessions] = useState<LibrarySessionInfo[] | null>(null);
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null);
  const [message, setMessage] = useState<LibraryMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    const api = hostApi();
    if (!api) return;
    try {
      const [list, saved] = await Promise.all([api.listSessions({}), api.listTemplates({})]);
      setSessions(list);
      setTemplates(saved);
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
    templates,
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
    followUp: (id: string) =>
      run(async () => {
        const made = await api().followUpSession({ id });
        const n = made.carried.actions;
        return `Created “${made.title}”, carrying ${n === 1 ? '1 open action' : `${n} open actions`}.`;
      }),
    exportSeries: (id: string) =>
      run(async () => {
        const file = await api().exportSession({ id, series: true });
        return (await saveSessionFile(file)) ? `Exported the series to “${file.fileName}”.` : null;
      }),
    exportFile: (id: string) =>
      run(async () => {
        const file = await api().exportSession({ id });
        return (await saveSessionFile(file)) ? `Exported “${file.fileName}”.` : null;
      }),
    importFile: (file: File) =>
      run(async () => `Imported “${(await importSessionFile(file)).title}”.`),
    /** Resolves with the error to show in the dialog, or null once saved. */
    saveTemplate: async (sessionId: string, name: string): Promise<string | null> => {
      try {
        const saved = await api().saveTemplate({ sessionId, name });
        setMessage({ kind: 'status', text: `Saved the template “${saved.name}”.` });
        await refresh();
        return null;
      } catch (e) {
        return messageOf(e);
      }
    },
    exportTemplate: (id: string) =>
      run(async () => {
        const file = await api().exportTemplate({ id });
        return (await saveTemplateFile(file)) ? `Exported “${file.fileName}”.` : null;
      }),
    importTemplate: (file: File) =>
      run(async () => `Imported the template “${(await importTemplateFile(file)).name}”.`),
    removeTemplate: (id: string, name: string) =>
      run(async () => {
        await api().deleteTemplate({ id });
        return `Deleted the template “${name}”.`;
      }),
  };
}
