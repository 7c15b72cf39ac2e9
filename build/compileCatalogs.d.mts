import type { Plugin } from 'vite';
export function compileCatalog(messages: Record<string, unknown>): {
  compiled: Record<string, unknown>;
  failed: { id: string; error: string }[];
};
export function shortIds(keys: Iterable<string>): Map<string, string>;
export function compileCatalogs(): Plugin;
