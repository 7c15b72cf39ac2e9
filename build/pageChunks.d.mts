export function pageChunks(
  entry: URL,
  pages: { name: string; module: URL }[],
): {
  name: (
    id: string,
    ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null },
  ) => string | null;
  debugName: string;
  includeDependenciesRecursively: boolean;
}[];
