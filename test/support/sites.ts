import { fileURLToPath } from 'node:url';

/** Where test builds go; ignored by git. */
export const OUTPUT = fileURLToPath(new URL('../.output/', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute URLs in test builds use this origin; the crawler maps it to the local server. */
export const TEST_SITE = 'https://judgment-calls.test';

export interface SiteBuild {
  name: string;
  base: string;
  dir: string;
}

export const SITES = {
  root: { name: 'root', base: '/', dir: `${OUTPUT}root` },
  sub: { name: 'sub', base: '/judgment-calls/', dir: `${OUTPUT}sub` },
} satisfies Record<string, SiteBuild>;
