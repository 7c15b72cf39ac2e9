// A page's chunk that fails to load is asked for again before the page says it did not load.
import { describe, expect, it } from 'vitest';
import { loadAgain } from '#renderer/chunks/loadAgain';

describe('loadAgain', () => {
  it('returns what a later attempt loads after failures', async () => {
    let calls = 0;
    const load = () =>
      ++calls < 3 ? Promise.reject(new Error('net::ERR_NETWORK_CHANGED')) : Promise.resolve('page');
    expect(await loadAgain(load, [1, 1, 1])).toBe('page');
    expect(calls).toBe(3);
  });

  it('throws the last failure once its pauses are spent', async () => {
    let calls = 0;
    const load = () => Promise.reject(new Error(`failed ${++calls}`));
    await expect(loadAgain(load, [1, 1])).rejects.toThrow('failed 3');
  });
});
