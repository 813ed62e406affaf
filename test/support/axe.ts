import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in the page against WCAG 2.2 AA and returns one line per
 * violating node. Injected through evaluate, which the page's CSP does not govern.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(source);
  const results = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({ runOnly: { type: 'tag', values: tags } }),
    WCAG_22_AA,
  )) as AxeResults;
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`));
}
