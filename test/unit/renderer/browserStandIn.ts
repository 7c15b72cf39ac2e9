// A stand-in for the few browser globals the renderer's platform and clock read when a unit test
// runs them in Node: window.location (origin, hash), window.open, sessionStorage, an <a> element
// whose click() is a download, document visibility, and fetch resolving a relative URL against
// the page's origin as a browser does. The host behind fetch is real (hubHost.ts); nothing here
// answers for it.
import { resolveObjectURL } from 'node:buffer';

export interface Download {
  name: string;
  blob: Blob;
}

export interface BrowserStandIn {
  location: { origin: string; hash: string; pathname: string };
  opened: { url: string; target: string; features: string }[];
  downloads: Download[];
  storage: Map<string, string>;
  restore(): void;
}

const KEYS = ['window', 'document', 'sessionStorage', 'fetch'] as const;

export function standInBrowser(origin: string): BrowserStandIn {
  const g = globalThis as Record<string, unknown>;
  const saved = KEYS.map((k) => [k, g[k]] as const);
  const realFetch = globalThis.fetch;
  const location = { origin, hash: '', pathname: '/' };
  const opened: BrowserStandIn['opened'] = [];
  const downloads: Download[] = [];
  const storage = new Map<string, string>();
  g.window = {
    location,
    open(url: string, target: string, features: string) {
      opened.push({ url, target, features });
      return null;
    },
    addEventListener() {},
    removeEventListener() {},
  };
  g.sessionStorage = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, String(v)),
    removeItem: (k: string) => void storage.delete(k),
  };
  g.document = {
    visibilityState: 'visible',
    addEventListener() {},
    body: { append() {} },
    createElement(tag: string) {
      if (tag !== 'a') throw new Error(`no stand-in for <${tag}>`);
      const a = {
        href: '',
        download: '',
        style: {} as Record<string, string>,
        remove() {},
        click() {
          // The blob behind the object URL, as the browser's download would save it.
          const blob = resolveObjectURL(a.href);
          if (!blob) throw new Error(`no blob behind ${a.href}`);
          downloads.push({ name: a.download, blob: blob as unknown as Blob });
        },
      };
      return a;
    },
  };
  g.fetch = (input: string | URL | Request, init?: RequestInit) =>
    realFetch(typeof input === 'string' && input.startsWith('/') ? origin + input : input, init);
  return {
    location,
    opened,
    downloads,
    storage,
    restore() {
      for (const [k, v] of saved) g[k] = v;
    },
  };
}
