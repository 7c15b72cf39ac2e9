// A page whose code could not be fetched says so and offers a reload, instead of staying blank.
// On a venue's Wi-Fi a request in flight can fail (Chromium fails every one with
// ERR_NETWORK_CHANGED when the machine's addresses change); a lazy page or part whose chunk failed
// is asked for again a few times (loadAgain.ts) before the page shows this.
import { Component, type ReactNode } from 'react';
import { t } from '../i18n/t';

type State = { failed: boolean };

export class PageChunkBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('A part of this page did not load.', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page narrow">
        <p role="alert" className="callout danger">
          {t('app.didNotLoad')}
        </p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </main>
    );
  }
}
