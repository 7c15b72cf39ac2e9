// Why the console did not get a phone's room check, in the page's language: the host's refusals
// by their status (a join code no session has, too many checks from one device), anything else as
// it came (a time-out is already words of the page's).
import { HostError } from '../../platform/hostHttp';
import { t } from '../../i18n/t';

export function notSentWhy(e: unknown): string {
  const status = e instanceof HostError ? e.status : 0;
  if (status === 404) return t('probe.noSession');
  if (status === 429) return t('probe.tooMany');
  return e instanceof Error ? e.message : String(e);
}
