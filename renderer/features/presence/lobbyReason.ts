// Why a participant waits in the lobby, or was removed: the roster keeps the reason in English
// (sessions always have); a page says it by its code in the reader's language once it has the
// refusals' words, and shows a reason it does not know as it is.
import { lobbyReasonCode } from '../../../shared/model/roster/read';
import { refusalSaid } from '../../i18n/validation';

export function lobbyReasonSaid(reason: string): string {
  const code = lobbyReasonCode(reason);
  return code ? refusalSaid({ code }, reason) : reason;
}
