// Types of precompress-renderer.mjs for the TypeScript that imports it (tests, benches).
export interface PrecompressedFile {
  file: string;
  raw: number;
  gzip: number;
  br: number;
}
export function precompress(dir: string): Promise<PrecompressedFile[]>;
