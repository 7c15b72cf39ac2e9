// A chunk that failed to load (the Wi-Fi dropped, the host's address changed) asked for again.

const PAUSES_MS = [300, 1000, 3000];

/** Runs `load` again after short pauses while it fails; the last failure is thrown. */
export async function loadAgain<T>(
  load: () => Promise<T>,
  pauses: number[] = PAUSES_MS,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (e) {
      if (attempt >= pauses.length) throw e;
      await new Promise((resolve) => setTimeout(resolve, pauses[attempt]));
    }
  }
}
