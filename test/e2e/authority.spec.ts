// The attendee with devtools (issue 9): a modified attendee page that writes straight into its
// own replica, as anyone can from the console, reaches every peer over the WebRTC mesh and the
// host over the hub. The console, the other attendees and a fresh host replica keep the
// facilitator's real timer, agenda and board keys, and the other attendee's note.
import { test, expect } from './fixtures';
import { brainstormSession, joinAs, note } from './roomFixtures';
import { facilitatorPeer } from '#kit/hubPeer';
import { getAgenda } from '../../shared/model/agenda/read';
import { readControl } from '../../shared/model/board/boardDoc';
import { grabDoc } from './devtools';

test('a modified attendee page cannot take over the timer, the agenda, the board keys or another’s note', async ({
  host,
  openPage,
}) => {
  test.setTimeout(90_000);
  const { page: consolePage } = await openPage();
  const { joinUrl, sessionId } = await brainstormSession(consolePage, host, 'Held room');
  const alice = await openPage();
  const mallory = await openPage();
  await joinAs(alice.page, joinUrl, 'Alice');
  await joinAs(mallory.page, joinUrl, 'Mallory');
  // The attack must travel the mesh too: Mallory and Alice are direct peers.
  for (const p of [alice.page, mallory.page])
    await expect(p.getByRole('status').filter({ hasText: 'direct peer' })).toBeVisible();
  await alice.page.getByRole('textbox', { name: 'New note' }).fill('Alice’s own idea');
  await alice.page.getByRole('button', { name: 'Add note' }).click();
  await expect(note(alice.page, 'Alice’s own idea')).toBeVisible();

  const watcher = facilitatorPeer(host, sessionId);
  await watcher.synced;
  const agendaBefore = getAgenda(watcher.doc);
  const block = agendaBefore.days[0]!.blocks[1]!;
  const genuine = readControl(watcher.doc, block.id)!.settings.notesPublicKey;
  await expect.poll(() => watcher.doc.getMap('boardNotes').size).toBe(1);

  await grabDoc(mallory.page);
  await mallory.page.evaluate(
    ({ blockId }: { blockId: string }) => {
      type YMap = {
        get(k: string): unknown;
        set(k: string, v: unknown): void;
        delete(k: string): void;
      };
      const doc = (
        window as unknown as { __doc: { getMap(n: string): YMap; transact(f: () => void): void } }
      ).__doc;
      doc.transact(() => {
        // Takeover: pause the timer at 3:15:00 and rename the block.
        const timer = doc.getMap('timer');
        timer.set('state', 'paused');
        timer.set('accumulatedMs', 0);
        timer.set('extensionMs', 3 * 3600_000 + 15 * 60_000);
        (doc.getMap('agendaBlocks').get(blockId) as YMap).set('title', 'Hijacked');
        // Notes key: swap in the attacker's public key.
        const control = doc.getMap('boardControl');
        const settings = control.get(`${blockId}/settings`) as Record<string, unknown>;
        control.set(`${blockId}/settings`, {
          ...settings,
          notesPublicKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
        });
        // Another attendee's note: rewrite its sealed text, then delete it.
        const notes = doc.getMap('boardNotes');
        for (const id of [...(notes as unknown as Map<string, YMap>).keys()]) {
          (notes.get(id) as YMap).set('sealed', 'forged');
          notes.delete(id);
        }
        // Host-only state.
        doc.getMap('meta').set('schemaVersion', 99);
      });
    },
    { blockId: block.id },
  );
  // Mallory's own page believes it (it is hers to break).
  await expect(mallory.page.getByRole('heading', { name: 'Hijacked' })).toBeVisible();
  // A barrier: a presence change Mallory sends after the attack, on the same channels, in order.
  await grabDoc(alice.page);
  await mallory.page.evaluate(() =>
    (
      window as unknown as { __awareness: { setLocalStateField(k: string, v: unknown): void } }
    ).__awareness.setLocalStateField('barrier', 1),
  );
  await expect
    .poll(() =>
      alice.page.evaluate(() =>
        [
          ...(
            window as unknown as { __awareness: { getStates(): Map<number, { barrier?: number }> } }
          ).__awareness
            .getStates()
            .values(),
        ].some((s) => s.barrier === 1),
      ),
    )
    .toBe(true);
  await alice.page.getByRole('textbox', { name: 'New note' }).fill('Alice after the attack');
  await alice.page.getByRole('button', { name: 'Add note' }).click();
  await expect.poll(() => watcher.doc.getMap('boardNotes').size).toBeGreaterThanOrEqual(2);

  // Nobody else does: not Alice, not the console, not a fresh replica of the host.
  await expect(alice.page.getByRole('heading', { name: block.title, exact: true })).toBeVisible();
  await expect(alice.page.getByRole('heading', { name: 'Hijacked' })).toHaveCount(0);
  await expect(consolePage.getByText('Hijacked')).toHaveCount(0);
  await expect(note(alice.page, 'Alice’s own idea')).toBeVisible();
  await expect(note(alice.page, 'Alice after the attack')).toBeVisible();
  const fresh = facilitatorPeer(host, sessionId);
  await fresh.synced;
  expect(getAgenda(fresh.doc).days[0]!.blocks[1]!.title).toBe(block.title);
  expect(fresh.doc.getMap('timer').toJSON()).toEqual(watcher.doc.getMap('timer').toJSON());
  expect(fresh.doc.getMap('timer').get('state')).not.toBe('paused');
  expect(readControl(fresh.doc, block.id)!.settings.notesPublicKey).toBe(genuine);
  expect(fresh.doc.getMap('meta').get('schemaVersion')).not.toBe(99);
  expect(
    await alice.page.evaluate(
      (k: string) =>
        (
          (window as unknown as { __doc: { getMap(n: string): { get(k: string): unknown } } }).__doc
            .getMap('boardControl')
            .get(k) as { notesPublicKey: string }
        ).notesPublicKey,
      `${block.id}/settings`,
    ),
  ).toBe(genuine);

  // The real reveal still works: Alice's notes, written before and after, open for the room.
  await consolePage.getByRole('button', { name: 'Reveal notes' }).click();
  await expect(note(consolePage, 'Alice’s own idea')).toBeVisible();
  await expect(note(consolePage, 'Alice after the attack')).toBeVisible();

  // And the session reopens after a host restart (schemaVersion 99 never landed).
  watcher.destroy();
  fresh.destroy();
  await host.restart();
  const reopened = facilitatorPeer(host, sessionId);
  await reopened.synced;
  expect(getAgenda(reopened.doc).days[0]!.blocks[1]!.title).toBe(block.title);
  reopened.destroy();
});

test('over the mesh, a modified attendee page cannot ask, park or be done in another’s name', async ({
  host,
  openPage,
}) => {
  test.setTimeout(90_000);
  const { page: consolePage } = await openPage();
  const { joinUrl } = await brainstormSession(consolePage, host, 'Named room');
  const alice = await openPage();
  const mallory = await openPage();
  await joinAs(alice.page, joinUrl, 'Alice');
  await joinAs(mallory.page, joinUrl, 'Mallory');
  for (const p of [alice.page, mallory.page])
    await expect(p.getByRole('status').filter({ hasText: 'direct peer' })).toBeVisible();
  await grabDoc(alice.page);
  const aliceId = await alice.page.evaluate(
    () =>
      (
        window as unknown as {
          __awareness: { getLocalState(): { user: { participantId: string } } };
        }
      ).__awareness.getLocalState().user.participantId,
  );

  // Mallory's devtools: a client id the host never bound, and entries in Alice's name.
  await grabDoc(mallory.page);
  await mallory.page.evaluate((victim: string) => {
    type YMap = { set(k: string, v: unknown): void };
    const doc = (
      window as unknown as {
        __doc: { clientID: number; getMap(n: string): YMap; transact(f: () => void): void };
      }
    ).__doc;
    const YMapClass = Object.getPrototypeOf(doc.getMap('questions')).constructor as new () => YMap;
    const own = doc.clientID;
    doc.clientID = 1 + Math.floor(Math.random() * 2 ** 30);
    doc.transact(() => {
      const q = new YMapClass();
      doc.getMap('questions').set('forged-q', q);
      q.set('text', 'Why is Bob still here?');
      q.set('authorId', victim);
      q.set('authorName', 'Alice');
      q.set('createdAt', Date.now());
      const p = new YMapClass();
      doc.getMap('parkingLot').set('forged-p', p);
      p.set('text', 'Fire Bob');
      p.set('authorId', victim);
      p.set('authorName', 'Alice');
      p.set('createdAt', Date.now());
      doc.getMap('boardReady').set(`any-block/${encodeURIComponent(victim)}`, true);
    });
    doc.clientID = own;
  }, aliceId);
  await expect(mallory.page.getByText('Fire Bob')).toBeVisible();
  // After it, on the same mesh channel (and the hub): a topic Mallory parks in her own name.
  await mallory.page.getByRole('textbox', { name: 'Park a topic for later' }).fill('Mallory’s own');
  await mallory.page.getByRole('button', { name: 'Add to parking lot' }).click();
  await expect(alice.page.getByText('Mallory’s own')).toBeVisible();
  await expect(consolePage.getByText('Mallory’s own')).toBeVisible();
  // The hub takes a fresh client id from an attendee as their anonymous one, and anonymous writes
  // reach the room in batches up to 1.6 s later: an honest anonymous question asked after the
  // forgery has come through once any part of the forged one would have (the forged question
  // once did, as an anonymous question, its forged author refused: an entry is now taken whole
  // or not at all).
  const ask = mallory.page.getByRole('form', { name: 'Ask a question' });
  await ask.getByRole('textbox', { name: 'Your question' }).fill('Mallory asks anonymously');
  await ask.getByRole('button', { name: 'Ask' }).click();
  await expect(consolePage.getByText('Mallory asks anonymously', { exact: true })).toBeVisible();
  await expect(alice.page.getByText('Mallory asks anonymously', { exact: true })).toBeVisible();

  for (const page of [alice.page, consolePage]) {
    await expect(page.getByText('Fire Bob')).toHaveCount(0);
    await expect(page.getByText('Why is Bob still here?')).toHaveCount(0);
  }
  expect(
    await alice.page.evaluate(
      () =>
        (window as unknown as { __doc: { getMap(n: string): { size: number } } }).__doc.getMap(
          'boardReady',
        ).size,
    ),
  ).toBe(0);
});

test('over the mesh, a page writing under another’s client id cannot rename them or post a note as theirs', async ({
  host,
  openPage,
}) => {
  test.setTimeout(120_000);
  const { page: consolePage } = await openPage();
  const { joinUrl } = await brainstormSession(consolePage, host, 'Impostor room');
  const alice = await openPage();
  const mallory = await openPage();
  const bob = await openPage();
  await joinAs(alice.page, joinUrl, 'Alice');
  await joinAs(mallory.page, joinUrl, 'Mallory');
  await joinAs(bob.page, joinUrl, 'Bob');
  for (const p of [alice.page, mallory.page, bob.page])
    await expect(p.getByRole('status').filter({ hasText: 'direct peer' })).toBeVisible();
  await grabDoc(alice.page);
  const aliceId = await alice.page.evaluate(
    () =>
      (
        window as unknown as {
          __awareness: { getLocalState(): { user: { participantId: string } } };
        }
      ).__awareness.getLocalState().user.participantId,
  );

  // Mallory's devtools: the client id the host bound to Alice (it is in every replica's
  // bindings), at clocks nobody has seen yet; y-webrtc does not say who sent a struct.
  await grabDoc(mallory.page);
  await mallory.page.evaluate((victim: string) => {
    type YMap = {
      set(k: string, v: unknown): void;
      get(k: string): unknown;
      forEach(f: (v: unknown, k: string) => void): void;
    };
    const doc = (
      window as unknown as {
        __doc: { clientID: number; getMap(n: string): YMap; transact(f: () => void): void };
      }
    ).__doc;
    const YMapClass = Object.getPrototypeOf(doc.getMap('boardNotes')).constructor as new () => YMap;
    let victimClient = 0;
    doc.getMap('clients').forEach((who, client) => {
      if (who === victim) victimClient = Number(client);
    });
    let blockId = '';
    doc.getMap('boardControl').forEach((_v, key) => {
      if (key.endsWith('/settings')) blockId = key.split('/')[0]!;
    });
    if (!victimClient || !blockId) throw new Error('no binding or board to forge under');
    const own = doc.clientID;
    doc.clientID = victimClient;
    doc.transact(() => {
      (doc.getMap('participants').get(victim) as YMap).set('name', 'Alice (I quit)');
      const n = new YMapClass();
      doc.getMap('boardNotes').set('forged-note', n);
      n.set('blockId', blockId);
      n.set('column', '');
      n.set('colour', 'yellow');
      n.set('createdAt', Date.now());
      n.set('authorId', victim);
      n.set('authorName', 'Alice');
      n.set('text', 'Fire Bob');
    });
    doc.clientID = own;
  }, aliceId);
  // The forger's own replica holds it (and sends it over the mesh as its own writes).
  expect(
    await mallory.page.evaluate(() =>
      (window as unknown as { __doc: { getMap(n: string): { has(k: string): boolean } } }).__doc
        .getMap('boardNotes')
        .has('forged-note'),
    ),
  ).toBe(true);
  // After it, on the same mesh channel (and the hub): a note Mallory writes in her own name.
  await mallory.page.getByRole('textbox', { name: 'Park a topic for later' }).fill('Mallory’s own');
  await mallory.page.getByRole('button', { name: 'Add to parking lot' }).click();
  await expect(bob.page.getByText('Mallory’s own')).toBeVisible();
  await expect(consolePage.getByText('Mallory’s own')).toBeVisible();

  // The console's roster names every participant; Bob's board shows the notes.
  await expect(consolePage.getByText('Alice (I quit)')).toHaveCount(0);
  for (const page of [bob.page, consolePage]) await expect(note(page, 'Fire Bob')).toHaveCount(0);
});
