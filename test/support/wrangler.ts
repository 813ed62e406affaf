import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { buildEnv } from './astro';
import { ROOT } from './sites';

export interface Host {
  origin: string;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/**
 * Serves a build with Cloudflare's own Pages runtime (`wrangler pages dev`,
 * workerd), which applies `_headers` as Cloudflare Pages does. It runs with no
 * network; the bundled runtime refuses compatibility dates after 2026-05.
 */
export async function cloudflarePages(dir: string): Promise<Host> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    join(ROOT, 'node_modules/.bin/wrangler'),
    ['pages', 'dev', dir, '--ip', '127.0.0.1', '--port', String(port), '--compatibility-date=2026-04-01'],
    { cwd: ROOT, env: { ...buildEnv(), WRANGLER_SEND_METRICS: 'false', CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wrangler pages dev did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready on http/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`wrangler pages dev exited (${code}):\n${output}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
