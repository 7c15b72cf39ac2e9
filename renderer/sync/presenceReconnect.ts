// Presence across a dropped hub connection (y-websocket with y-protocols' awareness). When its
// socket closes, y-websocket drops every other client's state but keeps their clocks, and
// y-protocols ignores a state whose clock it has seen; so on reconnect the hub's list of the same
// states was ignored, and the hub (which dropped this client's state when the socket closed)
// ignored this client's own state, sent again with the clock it had. Both sides saw each other
// again only after the next renewals, up to 15 s per peer: a projector whose Wi-Fi blinked showed
// "0 of 0 done" meanwhile.
import type { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';

export function keepPresenceAcrossReconnects(
  provider: WebsocketProvider,
  awareness: Awareness,
): () => void {
  const onStatus = ({ status }: { status: string }) => {
    if (status !== 'connected') return;
    // Forget the clocks of the states dropped on disconnect, so the hub's list is taken as new.
    for (const id of [...awareness.meta.keys()])
      if (id !== awareness.clientID && !awareness.getStates().has(id)) awareness.meta.delete(id);
    // Our own state, renewed: a newer clock than the one the hub dropped, so it takes it again.
    const own = awareness.getLocalState();
    if (own !== null) awareness.setLocalState(own);
  };
  provider.on('status', onStatus);
  return () => provider.off('status', onStatus);
}
