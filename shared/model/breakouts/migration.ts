// The schema step that brings breakouts (issue 26): four new top-level maps (breakouts,
// breakoutMembers, breakoutPicks, breakoutSight) and two new fields of a participant's own entry
// (`attribute`, `boxKey`). A session saved before them holds none of these, and every reader takes
// their absence as "no breakout", so the step rewrites no data; what it changes is the stamp, so an
// Offsite from before breakouts (whose judge would refuse these maps) declines to open the session
// instead of dropping its groups. Registered in migrations.ts as the next number after the series
// schema (issue 25).
import type * as Y from 'yjs';

export const BREAKOUTS_MIGRATION_NAME = 'breakouts: groups, their members and boards (no rewrite)';

export function addBreakouts(_doc: Y.Doc): void {}
