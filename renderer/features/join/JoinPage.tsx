// The attendee's page: look up the join code, ask for a name, then the room.
import { useEffect, useState } from 'react';
import { joinCodeFromLocation, lookUpJoinCode, loadIdentity, type JoinInfo } from './joinSession';
import { NameForm } from './NameForm';
import { RoomPage } from './RoomPage';
import { LandingPage } from './LandingPage';

export function JoinPage() {
  const [code] = useState(joinCodeFromLocation);
  const [info, setInfo] = useState<JoinInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);

  useEffect(() => {
    if (!code) return;
    lookUpJoinCode(code).then(
      (i) => {
        setInfo(i);
        setName(loadIdentity(i.sessionId).name);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [code]);

  if (!code) return <LandingPage />;
  if (error)
    return (
      <main className="page narrow">
        <h1>Can’t join</h1>
        <p role="alert" className="callout danger">
          {error}
        </p>
      </main>
    );
  if (!info) return <main className="page narrow">Finding the session…</main>;
  if (!name) return <NameForm info={info} onJoined={setName} />;
  return (
    <RoomPage
      info={info}
      identity={{ ...loadIdentity(info.sessionId), name }}
      onRename={() => setName(null)}
    />
  );
}
