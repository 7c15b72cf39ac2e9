// Every transaction origin, in one place. An origin says who made a change, so listeners can tell
// them apart: undo tracks only LOCAL_ORIGIN, the sync providers never echo what they applied, and
// the host knows its own writes from what peers sent.

/** This replica's own user's edits: what undo tracks. */
export const LOCAL_ORIGIN = 'local';
/** Writes under a one-off client id (anonymous notes, votes, questions): never undone, sent to
 * the hub only. */
export const ANONYMOUS_ORIGIN = 'anonymous';
/** A named schema migration, run by the host. */
export const MIGRATION_ORIGIN = 'migration';
/** The host's own writes to a replica (a new session's setup, imports). */
export const HOST_ORIGIN = 'host';
/** The host placing people in breakout groups within the facilitator's plan. */
export const BREAKOUT_HOST_ORIGIN = 'host-breakouts';
/** The host recording which participant a Yjs client id belongs to (the `clients` map). */
export const BINDING_ORIGIN = 'host-binding';
/** The host replaying a session's stored updates into its replica when it opens it. */
export const REPLAY_ORIGIN = Symbol('replay');
