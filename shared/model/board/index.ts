// The board's public API: notes with private writing and reveal, grouping, dot voting, readiness.
// The room imports the board module by module, not through here: a module the room imports goes
// into its chunk whole, and this one brings every command, the console's included (issue 23).
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
