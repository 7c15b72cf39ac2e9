// Words that come from the host (the venue card's labels and notices, the storage warning, import
// refusals), said in the page's language: a code the catalogs word (area `host`), with its values
// worded first when they are words too. A code this page does not know reads as the English the
// host sent, so an older or newer host never breaks the page. Loaded with the console's words
// (consoleWords.ts), never by an attendee's page; from then on the platform's errors are worded
// here too (hostWording.ts).
import type { HostWordCode, HostWords } from '../../shared/protocol/hostWords';
import type { MessageId } from './language';
import { translate as t, type Values } from './useT';
import { wordHostWith, type SentWords } from './hostWording';
import { errorText, type Refusal } from './validation';

// Each code's message id, written out: the build shortens ids where they are string literals,
// and a code missing here (or from the English catalog) is a type error.
const IDS = {
  'address.fixed': 'host.address.fixed',
  'address.gone': 'host.address.gone',
  'caution.bridge': 'host.caution.bridge',
  'caution.linkLocal': 'host.caution.linkLocal',
  'caution.loopback': 'host.caution.loopback',
  'caution.notPrivate': 'host.caution.notPrivate',
  'caution.vpn': 'host.caution.vpn',
  'damaged.checksum': 'host.damaged.checksum',
  'damaged.content': 'host.damaged.content',
  'damaged.format0': 'host.damaged.format0',
  'damaged.headerIncomplete': 'host.damaged.headerIncomplete',
  'damaged.headerUnreadable': 'host.damaged.headerUnreadable',
  'damaged.trailing': 'host.damaged.trailing',
  'fault.full': 'host.fault.full',
  'fault.io': 'host.fault.io',
  'fault.notAllowed': 'host.fault.notAllowed',
  'fault.quota': 'host.fault.quota',
  'fault.readOnly': 'host.fault.readOnly',
  'import.damaged': 'host.import.damaged',
  'import.empty': 'host.import.empty',
  'import.foreign': 'host.import.foreign',
  'import.newerFormat': 'host.import.newerFormat',
  'import.newerSchema': 'host.import.newerSchema',
  'import.truncated': 'host.import.truncated',
  'label.bridge': 'host.label.bridge',
  'label.ethernet': 'host.label.ethernet',
  'label.fixed': 'host.label.fixed',
  'label.linkLocal': 'host.label.linkLocal',
  'label.loopback': 'host.label.loopback',
  'label.other': 'host.label.other',
  'label.vpn': 'host.label.vpn',
  'limit.docSize': 'host.limit.docSize',
  'label.wifi': 'host.label.wifi',
  'network.public': 'host.network.public',
  'notice.gone': 'host.notice.gone',
  'notice.newNetwork': 'host.notice.newNetwork',
  'request.tooBig': 'host.request.tooBig',
  'request.wrongKey': 'host.request.wrongKey',
  'storage.fault': 'host.storage.fault',
  'storage.actionFailed': 'host.storage.actionFailed',
  'template.nameInUse': 'host.template.nameInUse',
  'template.unknown': 'host.template.unknown',
  'template.unknownSaved': 'host.template.unknownSaved',
  'template.builtIn': 'host.template.builtIn',
  'template.saveFailed': 'host.template.saveFailed',
  'template.deleteFailed': 'host.template.deleteFailed',
  'session.unknown': 'host.session.unknown',
  'session.gone': 'host.session.gone',
  'participant.unknown': 'host.participant.unknown',
  'series.hasFollowUp': 'host.series.hasFollowUp',
  'series.gap': 'host.series.gap',
  'series.overlap': 'host.series.overlap',
  'seriesFile.damaged': 'host.seriesFile.damaged',
  'seriesFile.truncated': 'host.seriesFile.truncated',
  'seriesFile.newerFormat': 'host.seriesFile.newerFormat',
  'seriesFile.session': 'host.seriesFile.session',
  'seriesDamaged.notSeries': 'host.seriesDamaged.notSeries',
  'seriesDamaged.checksum': 'host.seriesDamaged.checksum',
  'seriesDamaged.headerPastEnd': 'host.seriesDamaged.headerPastEnd',
  'seriesDamaged.trailing': 'host.seriesDamaged.trailing',
  'seriesDamaged.twice': 'host.seriesDamaged.twice',
  'seriesDamaged.sessionMissing': 'host.seriesDamaged.sessionMissing',
  'seriesDamaged.sessionCutOff': 'host.seriesDamaged.sessionCutOff',
  'venue.noSettings': 'host.venue.noSettings',
  'venue.noNetworkProfile': 'host.venue.noNetworkProfile',
  'request.invalid': 'host.request.invalid',
  'request.titleEmpty': 'host.request.titleEmpty',
  'request.templateNameEmpty': 'host.request.templateNameEmpty',
  'request.fileTooBig': 'host.request.fileTooBig',
  'request.templateFileTooBig': 'host.request.templateFileTooBig',
  'wifi.ssidEmpty': 'host.wifi.ssidEmpty',
  'wifi.ssidTooLong': 'host.wifi.ssidTooLong',
  'wifi.ssidControls': 'host.wifi.ssidControls',
  'wifi.passwordLength': 'host.wifi.passwordLength',
  'wifi.passwordControls': 'host.wifi.passwordControls',
} as const satisfies Record<HostWordCode, MessageId>;

function known(w: SentWords): w is HostWords {
  return typeof w.code === 'string' && Object.hasOwn(IDS, w.code);
}

/** The host's words in the page's language; the sent English when the code is not ours. */
export function hostText(w: SentWords | HostWords): string {
  // A domain refusal the host passed on (a template file it refused): worded as the page words
  // the same refusal made on the page.
  const refusal = 'refusal' in w ? w.refusal : undefined;
  if (refusal && typeof refusal === 'object' && typeof (refusal as Refusal).code === 'string') {
    const { code, values } = refusal as Refusal;
    return errorText(Object.assign(new Error(w.message), { code, values: values ?? {} }));
  }
  if (!known(w)) return w.message;
  const values: Values = {};
  if (w.values && typeof w.values === 'object') {
    for (const [key, value] of Object.entries(w.values as Record<string, unknown>)) {
      if (typeof value === 'string' || typeof value === 'number') values[key] = value;
      else if (value && typeof (value as SentWords).message === 'string')
        values[key] = hostText(value as SentWords);
    }
  }
  return t(IDS[w.code], values);
}

/** Words if the host sent them, else its English (an older host sends only the sentence). */
export function hostTextOr<T extends string | null>(
  words: HostWords | null | undefined,
  english: T,
): string | T {
  return words && english !== null ? hostText(words) : english;
}

wordHostWith({ text: hostText });

export type { SentWords };
