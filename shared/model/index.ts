export * from './doc';
export * from './ids';
export * from './limits';
export * from './noteCommands';
export * from './sessionCommands';
export * from './board';
