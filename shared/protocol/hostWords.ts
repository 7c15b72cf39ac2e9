// Words the host sends for a person to read (the venue card's labels, notices and refusals, the storage
// warning, import refusals): a stable code and its values, with the English sentence beside it
// for old clients and logs. The renderer words each code in the page's language (the console
// catalogs' `host.<code>` ids) and shows a code it does not know as the English sent, so an older
// or newer host never breaks the page. One list, imported by the host and the renderer: a code
// that is not here is a type error on either side.

/** The codes and the values each one carries. A value may itself be words (a label, a reason). */
export interface HostWordValues {
  // An interface of this computer, as the venue card lists it.
  'label.wifi': { name: string };
  'label.ethernet': { name: string };
  'label.vpn': { name: string };
  'label.bridge': { name: string };
  'label.linkLocal': { name: string };
  'label.other': { name: string };
  'label.loopback': Record<string, never>;
  'label.fixed': Record<string, never>;
  // Why an address is unlikely to reach attendees.
  'caution.bridge': Record<string, never>;
  'caution.vpn': Record<string, never>;
  'caution.linkLocal': Record<string, never>;
  'caution.notPrivate': Record<string, never>;
  'caution.loopback': Record<string, never>;
  // The network changed under the host.
  'notice.gone': { old: string; oldInterface: string; address: string; label: HostWords };
  'notice.newNetwork': { address: string; label: HostWords; inUse: string };
  // Windows' Public profile.
  'network.public': { name: string };
  // An address the facilitator chose that the host cannot use.
  'address.fixed': Record<string, never>;
  'address.gone': { address: string };
  // The storage warning: why a write failed (or the system's own message, as a plain string).
  'storage.fault': { dataDir: string; fault: HostWords | string };
  // A library action a storage fault refused (sessionStore.ts): which one, and the fault.
  'storage.actionFailed': {
    action: 'create' | 'rename' | 'update' | 'joinCode' | 'delete';
    fault: HostWords | string;
  };
  'fault.full': { code: string };
  'fault.quota': { code: string };
  'fault.readOnly': { code: string };
  'fault.notAllowed': { code: string };
  'fault.io': { code: string };
  // A session file refused on import.
  'import.empty': Record<string, never>;
  'import.foreign': Record<string, never>;
  'import.truncated': { have: number; need: number };
  'import.newerFormat': { version: number; reads: number };
  'import.newerSchema': { version: number; reads: number };
  'import.damaged': { why: HostWords };
  'damaged.format0': Record<string, never>;
  'damaged.trailing': Record<string, never>;
  'damaged.checksum': Record<string, never>;
  'damaged.headerUnreadable': Record<string, never>;
  'damaged.headerIncomplete': Record<string, never>;
  'damaged.content': Record<string, never>;
  // A request body over the host's limit (an import too big for it).
  'request.tooBig': { bytes: number };
  // A call to the facilitator's API without the facilitator's key (or with another).
  'request.wrongKey': Record<string, never>;
  // Templates.
  'template.nameInUse': { name: string };
  'template.unknown': Record<string, never>;
  'template.unknownSaved': Record<string, never>;
  'template.builtIn': Record<string, never>;
  'template.saveFailed': { fault: HostWords | string };
  'template.deleteFailed': { fault: HostWords | string };
  // Sessions and the people in them.
  'session.unknown': Record<string, never>;
  'session.gone': Record<string, never>;
  'participant.unknown': Record<string, never>;
  // A series (issue 25).
  'series.hasFollowUp': { title: string; followUp: string };
  'series.gap': { title: string; numbers: string; missing: number };
  'series.overlap': { title: string };
  // A series file refused on import (offsiteSeries.ts).
  'seriesFile.damaged': { why: HostWords };
  'seriesFile.truncated': Record<string, never>;
  'seriesFile.newerFormat': { version: number; reads: number };
  'seriesFile.session': { number: number; title: string; why: HostWords | string };
  'seriesDamaged.notSeries': Record<string, never>;
  'seriesDamaged.checksum': Record<string, never>;
  'seriesDamaged.headerPastEnd': Record<string, never>;
  'seriesDamaged.trailing': Record<string, never>;
  'seriesDamaged.twice': Record<string, never>;
  'seriesDamaged.sessionMissing': { number: number };
  'seriesDamaged.sessionCutOff': { number: number };
  // The venue's settings this host cannot change.
  'venue.noSettings': Record<string, never>;
  'venue.noNetworkProfile': Record<string, never>;
  // A call whose arguments the host's validator refused (argumentWords.ts): the field's path
  // and the validator's English reason, or a code of its own when a person can meet it.
  'request.invalid': { method: string; path: string; reason: string };
  'request.titleEmpty': Record<string, never>;
  'request.templateNameEmpty': Record<string, never>;
  'request.fileTooBig': Record<string, never>;
  'request.templateFileTooBig': Record<string, never>;
  'wifi.ssidEmpty': Record<string, never>;
  'wifi.ssidTooLong': Record<string, never>;
  'wifi.ssidControls': Record<string, never>;
  'wifi.passwordLength': Record<string, never>;
  'wifi.passwordControls': Record<string, never>;
  // A session at the host's size ceiling (hub.ts): attendees' writes are refused.
  'limit.docSize': { title: string; mib: number };
}

export type HostWordCode = keyof HostWordValues;

/** Every code once, for the tests that check each is worded in every language. */
export const HOST_WORD_CODES = Object.keys({
  'label.wifi': 1,
  'label.ethernet': 1,
  'label.vpn': 1,
  'label.bridge': 1,
  'label.linkLocal': 1,
  'label.other': 1,
  'label.loopback': 1,
  'label.fixed': 1,
  'caution.bridge': 1,
  'caution.vpn': 1,
  'caution.linkLocal': 1,
  'caution.notPrivate': 1,
  'caution.loopback': 1,
  'notice.gone': 1,
  'notice.newNetwork': 1,
  'network.public': 1,
  'address.fixed': 1,
  'address.gone': 1,
  'storage.fault': 1,
  'storage.actionFailed': 1,
  'limit.docSize': 1,
  'fault.full': 1,
  'fault.quota': 1,
  'fault.readOnly': 1,
  'fault.notAllowed': 1,
  'fault.io': 1,
  'import.empty': 1,
  'import.foreign': 1,
  'import.truncated': 1,
  'import.newerFormat': 1,
  'import.newerSchema': 1,
  'import.damaged': 1,
  'damaged.format0': 1,
  'damaged.trailing': 1,
  'damaged.checksum': 1,
  'damaged.headerUnreadable': 1,
  'damaged.headerIncomplete': 1,
  'damaged.content': 1,
  'request.tooBig': 1,
  'request.wrongKey': 1,
  'template.nameInUse': 1,
  'template.unknown': 1,
  'template.unknownSaved': 1,
  'template.builtIn': 1,
  'template.saveFailed': 1,
  'template.deleteFailed': 1,
  'session.unknown': 1,
  'session.gone': 1,
  'participant.unknown': 1,
  'series.hasFollowUp': 1,
  'series.gap': 1,
  'series.overlap': 1,
  'seriesFile.damaged': 1,
  'seriesFile.truncated': 1,
  'seriesFile.newerFormat': 1,
  'seriesFile.session': 1,
  'seriesDamaged.notSeries': 1,
  'seriesDamaged.checksum': 1,
  'seriesDamaged.headerPastEnd': 1,
  'seriesDamaged.trailing': 1,
  'seriesDamaged.twice': 1,
  'seriesDamaged.sessionMissing': 1,
  'seriesDamaged.sessionCutOff': 1,
  'venue.noSettings': 1,
  'venue.noNetworkProfile': 1,
  'request.invalid': 1,
  'request.titleEmpty': 1,
  'request.templateNameEmpty': 1,
  'request.fileTooBig': 1,
  'request.templateFileTooBig': 1,
  'wifi.ssidEmpty': 1,
  'wifi.ssidTooLong': 1,
  'wifi.ssidControls': 1,
  'wifi.passwordLength': 1,
  'wifi.passwordControls': 1,
} satisfies Record<HostWordCode, 1>) as HostWordCode[];

/** A sentence (or a part of one) from the host: its code, its values, and its English. */
export type HostWords = {
  [K in HostWordCode]: { code: K; values: HostWordValues[K]; message: string };
}[HostWordCode];

/** Words with their English, typed by code. */
export function hostWords<K extends HostWordCode>(
  code: K,
  values: HostWordValues[K],
  message: string,
): HostWords {
  return { code, values, message } as HostWords;
}

/** The fields an error body carries beside its English `error` (absent: an older host). */
export function wordFields(
  words: HostWords | undefined,
): Partial<Pick<HostWords, 'code' | 'values'>> {
  return words ? { code: words.code, values: words.values } : {};
}
