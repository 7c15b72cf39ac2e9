// The validators' refusals a facilitator can meet from the console (an empty title, a Wi-Fi
// password too short), as host words: the validator's English message (hostApi.ts, venueApi.ts)
// is the key, so a refusal keeps its English where tests and older pages read it. Any other
// refusal of a call's arguments (a wrong type, an id that is not one) is `request.invalid`, with
// the field's path.
import { hostWords, type HostWordCode, type HostWords } from './hostWords';

/** Codes with no values, one per validator message a person can meet. */
const REASONS: Record<string, HostWordCode> = {
  'The session title is empty.': 'request.titleEmpty',
  "The template's name is empty.": 'request.templateNameEmpty',
  'The file is too large.': 'request.fileTooBig',
  'The file is too large for a template file.': 'request.templateFileTooBig',
  'not a saved template (built-in templates cannot be changed)': 'template.builtIn',
  'Type the network name.': 'wifi.ssidEmpty',
  'A network name has at most 32 bytes.': 'wifi.ssidTooLong',
  'A network name has no control characters.': 'wifi.ssidControls',
  'A Wi-Fi password has 8 to 63 characters (leave it empty for an open network).':
    'wifi.passwordLength',
  'A Wi-Fi password has no control characters.': 'wifi.passwordControls',
};

/** The validator's first refusal of a call to `method` as words: its own code when a person can
 * meet it, else `request.invalid` with the field's path. `message` is the host's English. */
export function argumentWords(
  method: string,
  issue: { path: PropertyKey[]; message: string } | undefined,
  message: string,
): HostWords {
  const known = issue && Object.hasOwn(REASONS, issue.message) ? REASONS[issue.message] : undefined;
  if (known) return hostWords(known, {} as never, issue!.message);
  const path = issue?.path.map(String).join('.') || 'argument';
  return hostWords(
    'request.invalid',
    { method, path, reason: issue?.message ?? 'rejected' },
    message,
  );
}
