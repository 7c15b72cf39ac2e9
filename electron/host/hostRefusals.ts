// The host's refusals a facilitator can meet on the console or in the library, each with its
// words (shared/protocol/hostWords.ts): the English stays the error's message, and the page says
// the code in its own language.
import { HostApiError } from '../../shared/protocol/hostApi';
import { hostWords, type HostWords } from '../../shared/protocol/hostWords';

/** A HostApiError that says `words`. */
const refused = (words: HostWords, status = 400): HostApiError =>
  new HostApiError(words.message, status, words);

export const NO_SUCH_SESSION = hostWords('session.unknown', {}, 'No session with that id.');

export const noSuchSession = (): HostApiError => refused(NO_SUCH_SESSION, 404);

export const noSuchParticipant = (): HostApiError =>
  refused(hostWords('participant.unknown', {}, 'Nobody by that id has joined this session.'), 404);

/** A template id the library does not have (400 when it was to make a session, 404 to export). */
export const noSuchTemplate = (status = 400): HostApiError =>
  refused(hostWords('template.unknown', {}, 'There is no such template.'), status);

export const noSuchSavedTemplate = (): HostApiError =>
  refused(hostWords('template.unknownSaved', {}, 'There is no such saved template.'), 404);

export const builtInTemplate = (): HostApiError =>
  refused(hostWords('template.builtIn', {}, 'Built-in templates cannot be deleted.'));

/** A template file the library could not write or remove: the fault as words when it is one we
 * know (a full disk), else the system's own message. */
export function templateFault(what: 'saved' | 'deleted', fault: HostWords | string): HostApiError {
  const message = `The template could not be ${what}: ${typeof fault === 'string' ? fault : fault.message}.`;
  const code = what === 'saved' ? 'template.saveFailed' : 'template.deleteFailed';
  return refused(hostWords(code, { fault }, message), 507);
}

export const hasFollowUp = (title: string, followUp: string): HostApiError =>
  refused(
    hostWords(
      'series.hasFollowUp',
      { title, followUp },
      `“${title}” already has a follow-up, “${followUp}”. Follow up the newest session of the series.`,
    ),
    409,
  );

/** A series file that skips a session the library does not hold either. */
export const seriesGap = (title: string, numbers: number[], missing: number): HostApiError =>
  refused(
    hostWords(
      'series.gap',
      { title, numbers: numbers.join(', '), missing },
      `This series file holds sessions ${numbers.join(', ')} of “${title}”, but session ` +
        `${missing} is neither in the file nor in the library. Export the whole series again ` +
        `and import that file. Nothing was imported.`,
    ),
  );

export const seriesOverlap = (title: string): HostApiError =>
  refused(
    hostWords(
      'series.overlap',
      { title },
      `The library already holds some of these sessions of “${title}”. Nothing was imported.`,
    ),
  );

export const noSettings = (): HostApiError =>
  refused(hostWords('venue.noSettings', {}, 'This host keeps no settings.'), 409);

export const noNetworkProfile = (): HostApiError =>
  refused(
    hostWords('venue.noNetworkProfile', {}, 'Only Windows has a network profile to change.'),
    409,
  );
