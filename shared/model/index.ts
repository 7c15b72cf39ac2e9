export * from './doc';
export * from './ids';
export * from './limits';
export * from './toolkit/parkingLot';
export * from './sessionCommands';
export * from './board';
