// "New join code": for when the code has leaked (a photo of the projector in a chat). The host
// disconnects whoever joined with the old code; people in the room scan the new QR code.
import { useState } from 'react';
import { useT } from '../../i18n/useT';

export function NewJoinCode({ rotate }: { rotate: () => Promise<void> }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'busy' | 'done' | string>('idle');
  const onClick = () => {
    if (!window.confirm(t('session.newCodeConfirm'))) return;
    setState('busy');
    rotate().then(
      () => setState('done'),
      (e: unknown) => setState(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <div className="new-join-code">
      <button type="button" onClick={onClick} disabled={state === 'busy'}>
        {t('session.newCode')}
      </button>
      <p role="status" className="muted">
        {state === 'done'
          ? t('session.newCodeMade')
          : state !== 'idle' && state !== 'busy'
            ? t('session.newCodeFailed', { reason: state })
            : ''}
      </p>
    </div>
  );
}
