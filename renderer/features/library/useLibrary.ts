// The library's behaviour: the session list and the actions on it, with one message line for
// what just happened (status) or went wrong (alert).
import { useCallback, useEffect, useState } from 'react';
import { hostApi } from '../../platform';
import type { LibrarySessionInfo, TemplateInfo } from '../../../shared/protocol/hostApi';
import { importSessionFile, saveSessionFile } from './sessionFiles';
import { importTemplateFile, saveTemplateFile } from './templateFiles';
import { t } from '../../i18n/t';
import { errorText } from '../../i18n/validation';

export interface LibraryMessage {
  kind: 'status' | 'error';
  text: string;
}

const messageOf = (e: unknown) => errorText(e);

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
    if (!a) throw new Error(t('library.needsKey'));
    return a;
  };

  return {
    sessions,
    templates,
    message,
    busy,
    rename: (id: string, title: string) =>
      run(async () =>
        t('library.done.renamed', { title: (await api().renameSession({ id, title })).title }),
      ),
    duplicate: (id: string, mode: 'agenda' | 'everything') =>
      run(async () =>
        t('library.done.duplicated', {
          title: (await api().duplicateSession({ id, mode })).title,
          mode,
        }),
      ),
    remove: (id: string, title: string) =>
      run(async () => {
        await api().deleteSession({ id });
        return t('library.done.deleted', { title });
      }),
    followUp: (id: string) =>
      run(async () => {
        const made = await api().followUpSession({ id });
        return t('library.done.followedUp', { title: made.title, n: made.carried.actions });
      }),
    exportSeries: (id: string) =>
      run(async () => {
        const file = await api().exportSession({ id, series: true });
        return (await saveSessionFile(file))
          ? t('library.done.seriesExported', { file: file.fileName })
          : null;
      }),
    exportFile: (id: string) =>
      run(async () => {
        const file = await api().exportSession({ id });
        return (await saveSessionFile(file))
          ? t('library.done.exported', { file: file.fileName })
          : null;
      }),
    importFile: (file: File) =>
      run(async () => t('library.done.imported', { title: (await importSessionFile(file)).title })),
    /** Resolves with the error to show in the dialog, or null once saved. */
    saveTemplate: async (sessionId: string, name: string): Promise<string | null> => {
      try {
        const saved = await api().saveTemplate({ sessionId, name });
        setMessage({ kind: 'status', text: t('library.done.templateSaved', { name: saved.name }) });
        await refresh();
        return null;
      } catch (e) {
        return messageOf(e);
      }
    },
    exportTemplate: (id: string) =>
      run(async () => {
        const file = await api().exportTemplate({ id });
        return (await saveTemplateFile(file))
          ? t('library.done.exported', { file: file.fileName })
          : null;
      }),
    importTemplate: (file: File) =>
      run(async () =>
        t('library.done.templateImported', { name: (await importTemplateFile(file)).name }),
      ),
    removeTemplate: (id: string, name: string) =>
      run(async () => {
        await api().deleteTemplate({ id });
        return t('library.done.templateDeleted', { name });
      }),
  };
}
