// The baseline for the note-latency bench: a bare Y.Array over y-webrtc, rendered as <li>s,
// with no React, no hub and none of our model. Bundled with esbuild and injected into a page.
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';

declare global {
  interface Window {
    bareMesh: {
      start(signalUrl: string, room: string): void;
      add(text: string): number;
      peers(): number;
    };
  }
}

let items: Y.Array<string> | null = null;
let provider: WebrtcProvider | null = null;

window.bareMesh = {
  start(signalUrl, room) {
    const doc = new Y.Doc();
    items = doc.getArray<string>('items');
    const list = document.createElement('ul');
    document.body.append(list);
    items.observe((e) => {
      for (const d of e.changes.delta) {
        for (const t of (d.insert as string[] | undefined) ?? []) {
          const li = document.createElement('li');
          const article = document.createElement('article');
          article.textContent = t;
          li.append(article);
          list.append(li);
        }
      }
    });
    provider = new WebrtcProvider(room, doc, {
      signaling: [signalUrl],
      peerOpts: { config: { iceServers: [] } },
      maxConns: 40,
    });
  },
  add(text) {
    const t0 = Date.now();
    items!.push([text]);
    return t0;
  },
  peers() {
    return provider ? (provider.room?.webrtcConns.size ?? 0) : 0;
  },
};
