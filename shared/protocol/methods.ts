// The HostApi's method names, dependency-free so the preload stays tiny; hostApi.ts checks
// that this list and its validators agree.
export const HOST_API_METHODS = ['listSessions', 'createSession', 'getSession'] as const;
export type HostApiMethodName = (typeof HOST_API_METHODS)[number];
