// The attendee's page: look up the join code, ask for a name, then the room. The code comes from
// the link's fragment and is read again when the fragment changes (a corrected link, or a code
// typed on this page), so a wrong code never sticks.
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import {
  joinCodeFromLocation,
  lookUpJoinCode,
  loadName,
  type JoinInfo,
} from '../features/join/joinSession';
import { NameForm } from '../features/join/NameForm';
import { LandingPage } from './LandingPage';
import { useT } from '../i18n/useT';
import { loadAgain } from '../chunks/loadAgain';

// The room (sync, mesh, board, and the participant's signing keys) is its own chunk: the join
// page shows before it arrives, and it loads while the attendee types their name (a phone
// fetches it on its first visit anyway), so pressing Join does not wait for it. A fetch that
// fails is asked for again (loadAgain.ts), and the room's own load asks again after that.
const loadRoom = () => loadAgain(() => import('./RoomPage'));
const RoomPage = lazy(() => loadRoom().then((m) => ({ default: m.JoinedRoom })));

function subscribeHash(fn: () => void) {
  window.addEventListener('hashchange', fn);
  return () => window.removeEventListener('hashchange', fn);
}

type Lookup =
  | { code: string; state: 'pending' }
  | { code: string; state: 'found'; info: JoinInfo }
  | { code: string; state: 'failed'; error: string };

export function JoinPage() {
  const t = useT();
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const raw = decodeURIComponent(hash.replace(/^#/, ''));
  const code = raw ? joinCodeFromLocation() : null;
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const [name, setName] = useState<string | null>(null);

  useEffect(() => {
    if (!code) return;
    let live = true;
    setLookup({ code, state: 'pending' });
    lookUpJoinCode(code).then(
      (info) => {
        if (!live) return;
        setName(loadName(info.sessionId));
        setLookup({ code, state: 'found', info });
      },
      (e: unknown) =>
        live &&
        setLookup({ code, state: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [code]);

  // The name form is up: the room loads meanwhile.
  const asking = lookup?.state === 'found' && !name;
  useEffect(() => {
    // A fetch that failed for good is said when the room is opened (PageChunkBoundary).
    if (asking) loadRoom().catch(() => {});
  }, [asking]);

  if (!code)
    return raw ? (
      <LandingPage
        key={raw}
        initialCode={raw}
        initialError={t('join.notACode', { code: raw, example: 'K7Q2M-X4P9D' })}
      />
    ) : (
      <LandingPage />
    );
  if (!lookup || lookup.code !== code || lookup.state === 'pending')
    return <main className="page narrow">{t('join.finding')}</main>;
  if (lookup.state === 'failed')
    return <LandingPage key={code} initialCode={code} initialError={lookup.error} />;
  const { info } = lookup;
  if (!name) return <NameForm info={info} onJoined={setName} />;
  return (
    <Suspense fallback={<main className="page">{t('room.connecting')}</main>}>
      <RoomPage info={info} name={name} onRename={() => setName(null)} />
    </Suspense>
  );
}
