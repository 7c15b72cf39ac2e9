// The board's public API: notes with private writing and reveal, grouping, dot voting, readiness.
export * from './names';
export * from './boardDoc';
export * from './boardCrypto';
export { BoardPermissionError, isOwnNote } from './boardWrite';
export * from './boardControlCommands';
export * from './boardNoteCommands';
export * from './readBoard';
export * from './groupCommands';
export * from './voteCommands';
export * from './voteResults';
export * from './readiness';
export * from './facilitatorSecret';
export * from './facilitatorViewer';
export * from './columnCommands';
