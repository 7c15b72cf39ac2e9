// The HostApi's method names, dependency-free so the preload stays tiny; hostApi.ts checks
// that this list and its validators agree.
export const HOST_API_METHODS = [
  'listSessions',
  'createSession',
  'getSession',
  // The session library (issue 6).
  'renameSession',
  'duplicateSession',
  'deleteSession',
  'exportSession',
  'importSession',
  'storageHealth',
  // Host limits (issue 10).
  'rotateJoinCode',
  // The facilitator's own templates (issue 13).
  'listTemplates',
  'saveTemplate',
  'deleteTemplate',
  'exportTemplate',
  'importTemplate',
  // Who counts: the facilitator's roster (issue 22).
  'admitParticipant',
  'removeParticipant',
  'setAdmissionMode',
  'rosterDevices',
  // The venue: the address attendees reach, room checks (issue 24).
  'venueStatus',
  'chooseAddress',
  'setVenueWifi',
  'setRoomCheckOnProjector',
  'openNetworkSettings',
  // A series of sessions (issue 25).
  'followUpSession',
] as const;
export type HostApiMethodName = (typeof HOST_API_METHODS)[number];
