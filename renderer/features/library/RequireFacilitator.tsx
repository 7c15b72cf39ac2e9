// Guards the console: without the facilitator key (or the desktop bridge) it refuses.
import type { ReactNode } from 'react';
import { hostApi } from '../../platform';

export function RequireFacilitator({ children }: { children: ReactNode }) {
  if (hostApi()) return <>{children}</>;
  return (
    <main className="page narrow">
      <h1>Facilitator console</h1>
      <p role="alert" className="callout danger">
        This page needs the facilitator key. Open the console with the link the Offsite host printed
        when it started (it ends in <code>#key=…</code>). Attendees join with the join link shown on
        the projector instead.
      </p>
    </main>
  );
}
