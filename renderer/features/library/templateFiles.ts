// Moving template files between the host and the person's disk: an import reads a picked file
// (refused here already when it is far too large to be one), an export saves the host's JSON.
import type { ExportedTemplateFile, TemplateInfo } from '../../../shared/protocol/hostApi';
import { TEMPLATE_FILE_MAX_BYTES } from '../../../shared/templates/templateFile';
import { hostApi } from '../../platform';
import { formatBytes, saveSessionFile } from './sessionFiles';
import { t } from '../../i18n/t';
import { errorText } from '../../i18n/validation';

export async function importTemplateFile(file: File): Promise<TemplateInfo> {
  const api = hostApi();
  if (!api) throw new Error(t('library.needsKey'));
  const fail = (why: string) => new Error(t('library.importFailed', { name: file.name, why }));
  // Checked before reading, so a 30 MB file is never loaded into the page or sent.
  if (file.size > TEMPLATE_FILE_MAX_BYTES)
    throw fail(
      t('library.templateTooLarge', {
        size: formatBytes(file.size),
        max: formatBytes(TEMPLATE_FILE_MAX_BYTES),
      }),
    );
  try {
    return await api.importTemplate({ text: await file.text() });
  } catch (err) {
    throw fail(errorText(err));
  }
}

/** Saves an exported template (a download, or the desktop app's save dialog). */
export function saveTemplateFile(file: ExportedTemplateFile): Promise<boolean> {
  return saveSessionFile({ fileName: file.fileName, bytes: new TextEncoder().encode(file.text) });
}
