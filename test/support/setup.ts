import { afterAll, beforeAll } from 'vitest';
import { launch, type Chrome } from './browser';
import { serve, type Served } from './serve';
import { SITES } from './sites';

export interface Harness {
  chrome: Chrome;
  /** The root build, served at /. */
  site: Served;
  /** The sub-path build, served under /judgment-calls/. */
  sub: Served;
}

/** One Chromium and both built sites for a test file, started before its tests and closed after. */
export function useHarness(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    [harness.chrome, harness.site, harness.sub] = await Promise.all([
      launch(),
      serve(SITES.root.dir),
      serve(SITES.sub.dir, SITES.sub.base),
    ]);
  });
  afterAll(async () => {
    await harness.chrome?.close();
    await Promise.all([harness.site?.close(), harness.sub?.close()]);
  });
  return harness;
}
