// Windows only: a network whose profile is "Public" gets the firewall's strictest rules, so
// attendees cannot reach the host. Reads `Get-NetConnectionProfile` (its default list output)
// and says so in plain words.
import { execFile } from 'node:child_process';
import { hostWords, type HostWords } from '../../../shared/protocol/hostWords';

export interface NetworkProfile {
  name: string;
  interfaceAlias: string;
  category: string;
}

/** Parses PowerShell's list format: blocks of "Key : Value" lines separated by blank lines. */
export function parseNetConnectionProfile(output: string): NetworkProfile[] {
  const profiles: NetworkProfile[] = [];
  for (const block of output.replace(/\r/g, '').split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const m = /^\s*([A-Za-z0-9]+)\s*:\s?(.*)$/.exec(line);
      if (m?.[1]) fields.set(m[1], (m[2] ?? '').trim());
    }
    const category = fields.get('NetworkCategory');
    if (category === undefined) continue;
    profiles.push({
      name: fields.get('Name') ?? '',
      interfaceAlias: fields.get('InterfaceAlias') ?? '',
      category,
    });
  }
  return profiles;
}

/** The warning for the console when the network attendees use is Public; null otherwise. */
export function publicProfileWarning(
  profiles: NetworkProfile[],
  interfaceName: string,
): string | null {
  return publicProfileWords(profiles, interfaceName)?.message ?? null;
}

/** The same warning as words (a code and the network's name). */
export function publicProfileWords(
  profiles: NetworkProfile[],
  interfaceName: string,
): HostWords | null {
  const own = profiles.find((p) => p.interfaceAlias === interfaceName);
  const suspect = own ? [own] : profiles;
  const pub = suspect.find((p) => p.category === 'Public');
  if (!pub) return null;
  const name = pub.name || pub.interfaceAlias;
  return hostWords(
    'network.public',
    { name },
    `Windows treats the network "${name}" as Public, so its firewall blocks attendees. In Settings › Network, set this network to Private, or allow Offsite when Windows asks.`,
  );
}

/** Runs PowerShell (Windows only); resolves '' on any failure, so the console just says nothing. */
export function readNetConnectionProfile(timeoutMs = 5000): Promise<string> {
  if (process.platform !== 'win32') return Promise.resolve('');
  return new Promise((resolve) => {
    execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', 'Get-NetConnectionProfile | Format-List'],
      { timeout: timeoutMs, windowsHide: true },
      (err, stdout) => resolve(err ? '' : stdout),
    );
  });
}
