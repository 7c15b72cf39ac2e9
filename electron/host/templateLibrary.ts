// The facilitator's saved templates: one JSON file per template in `<data>/templates/<id>.json`
// (the same format as an exported template file), beside the built-in ones that come with the
// code. A damaged file in the folder is skipped with a warning, never fatal; every write goes
// through a temp file, fsync and rename, so a full disk leaves the old state whole.
import * as path from 'node:path';
import { randomId } from '../../shared/model/ids';
import { hostWords } from '../../shared/protocol/hostWords';
import { importedTitle } from '../../shared/model/session/libraryNames';
import { TEMPLATES, type Template } from '../../shared/templates';
import {
  parseTemplateFile,
  serializeTemplateFile,
  templateCounts,
  templateDays,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  type TemplateFile,
} from '../../shared/templates/templateFile';
import { exportFileName } from '../../shared/export/fileName';
import {
  HostApiError,
  type ExportedTemplateFile,
  type TemplateInfo,
} from '../../shared/protocol/hostApi';
import { describeFault, faultWords } from './store/storeErrors';
import { writeFileAtomic, type StoreFs } from './store/storeFs';
import {
  builtInTemplate,
  noSuchSavedTemplate,
  noSuchTemplate,
  templateFault,
} from './hostRefusals';

const TEMPLATE_FILE = /^([0-9a-f]{32})\.json$/;
export const TEMPLATES_FOLDER = 'templates';

function builtInInfo(t: Template): TemplateInfo {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    builtIn: true,
    savedAt: 0,
    ...templateCounts(t),
  };
}

function savedInfo(id: string, t: TemplateFile): TemplateInfo {
  return {
    id,
    name: t.name,
    description: t.description,
    builtIn: false,
    savedAt: t.savedAt,
    ...templateCounts(t),
  };
}

/** A built-in template in the file format (checked by the same parser an import goes through). */
function builtInFile(t: Template): TemplateFile {
  return parseTemplateFile(
    JSON.stringify({
      format: TEMPLATE_FILE_FORMAT,
      version: TEMPLATE_FILE_VERSION,
      name: t.name,
      description: t.description,
      savedAt: 0,
      days: t.days,
    }),
  );
}

export class TemplateLibrary {
  private readonly saved = new Map<string, TemplateFile>();
  private readonly dir: string;

  private constructor(
    dataDir: string,
    private readonly fs: StoreFs,
    private readonly log: (message: string) => void,
  ) {
    this.dir = path.join(dataDir, TEMPLATES_FOLDER);
  }

  /** Reads every saved template; files that do not parse are named in the log and left alone. */
  static async load(
    dataDir: string,
    fs: StoreFs,
    log: (message: string) => void = () => {},
  ): Promise<TemplateLibrary> {
    const lib = new TemplateLibrary(dataDir, fs, log);
    const names = await fs.readdir(lib.dir).catch(() => [] as string[]);
    for (const name of names) {
      const id = TEMPLATE_FILE.exec(name)?.[1];
      if (!id) continue;
      try {
        const text = new TextDecoder().decode(await fs.readFile(path.join(lib.dir, name)));
        lib.saved.set(id, parseTemplateFile(text));
      } catch (err) {
        log(`templates: skipped ${name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return lib;
  }

  /** Built-in templates first, then the saved ones by name. */
  list(): TemplateInfo[] {
    const mine = [...this.saved]
      .map(([id, t]) => savedInfo(id, t))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    return [...TEMPLATES.map(builtInInfo), ...mine];
  }

  /** A template's id and days, built-in or saved, for a new session; null if there is none. */
  find(id: string): { id: string; days: Template['days'] } | null {
    const builtIn = TEMPLATES.find((t) => t.id === id);
    if (builtIn) return builtIn;
    const saved = this.saved.get(id);
    return saved ? { id, days: templateDays(saved) } : null;
  }

  private names(): string[] {
    return [...TEMPLATES.map((t) => t.name), ...[...this.saved.values()].map((t) => t.name)];
  }

  /** Saves a template made from a session; a name already in use is refused, not overwritten. */
  async save(template: TemplateFile): Promise<TemplateInfo> {
    if (this.names().includes(template.name))
      throw new HostApiError(
        `There is already a template named “${template.name}”. Choose another name.`,
        409,
        hostWords(
          'template.nameInUse',
          { name: template.name },
          `There is already a template named “${template.name}”. Choose another name.`,
        ),
      );
    return this.write(template);
  }

  /** Imports a template file; a name already in use becomes "<name> (imported 2)", then 3 … */
  async importText(text: string, now: number): Promise<TemplateInfo> {
    const parsed = parseTemplateFile(text);
    return this.write({
      ...parsed,
      name: importedTitle(parsed.name, this.names()),
      savedAt: now,
    });
  }

  async remove(id: string): Promise<void> {
    if (TEMPLATES.some((t) => t.id === id)) throw builtInTemplate();
    if (!this.saved.has(id)) throw noSuchSavedTemplate();
    try {
      await this.fs.rm(path.join(this.dir, `${id}.json`));
    } catch (err) {
      throw templateFault('deleted', faultWords(err));
    }
    this.saved.delete(id);
  }

  exportFile(id: string): ExportedTemplateFile {
    const builtIn = TEMPLATES.find((t) => t.id === id);
    const file = builtIn ? builtInFile(builtIn) : this.saved.get(id);
    if (!file) throw noSuchTemplate(404);
    return {
      fileName: exportFileName({
        title: file.name,
        date: null,
        extension: 'json',
        suffix: 'template',
      }),
      text: serializeTemplateFile(file),
    };
  }

  private async write(template: TemplateFile): Promise<TemplateInfo> {
    const id = randomId();
    const bytes = new TextEncoder().encode(serializeTemplateFile(template));
    try {
      await this.fs.mkdir(this.dir);
      await writeFileAtomic(this.fs, path.join(this.dir, `${id}.json`), bytes);
    } catch (err) {
      this.log(`templates: could not save “${template.name}”: ${describeFault(err)}`);
      throw templateFault('saved', faultWords(err));
    }
    this.saved.set(id, template);
    return savedInfo(id, template);
  }
}
