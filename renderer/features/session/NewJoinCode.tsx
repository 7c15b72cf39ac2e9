// "New join code": for when the code has leaked (a photo of the projector in a chat). The host
// disconnects whoever joined with the old code; people in the room scan the new QR code.
import { useState } from 'react';

export function NewJoinCode({ rotate }: { rotate: () => Promise<void> }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done' | string>('idle');
  const onClick = () => {
    if (
      !window.confirm(
        'Make a new join code? Everyone who joined with the current one is disconnected until they use the new one.',
      )
    )
      return;
    setState('busy');
    rotate().then(
      () => setState('done'),
      (e: unknown) => setState(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <div className="new-join-code">
      <button type="button" onClick={onClick} disabled={state === 'busy'}>
        New join code
      </button>
      <p role="status" className="muted">
        {state === 'done'
          ? 'New join code made. People who joined with the old one are disconnected until they use this one.'
          : state !== 'idle' && state !== 'busy'
            ? `The join code could not be changed: ${state}`
            : ''}
      </p>
    </div>
  );
}
