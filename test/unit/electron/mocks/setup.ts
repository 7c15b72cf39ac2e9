// vitest setupFiles: every unit test file sees the one `electron` stand-in (./electron.ts).
import { vi } from 'vitest';

vi.mock('electron', async () => {
  const { electron } = await import('./electron');
  return { ...electron, default: electron };
});
