import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { SITES } from './support/sites';

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

describe('markup validity', () => {
  it('passes the Nu HTML Checker with 0 errors on every built page', () => {
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', SITES.root.dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, 'the checker needs Java on the PATH').toBeUndefined();
    const messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${m.url.replace(`file:${SITES.root.dir}`, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
