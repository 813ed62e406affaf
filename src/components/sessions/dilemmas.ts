import { fetchSummary } from '../my-answers/summaries';
import type { DilemmaFile } from '../../stories/summary';
import type { LegalSource } from '../../stories/legal-sources';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The legal sources of a fetched summary: a title and publisher each, and an
 * address only when it is a web address (a pack prints it, a page may link it).
 * Anything else is dropped, so a damaged or older summary prints fewer sources, never a broken one.
 */
export function readSources(value: unknown): LegalSource[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const { title, publisher, url } = (item ?? {}) as Partial<Record<keyof LegalSource, unknown>>;
    if (!text(title) || !text(publisher)) return [];
    return [{ title, publisher, ...(typeof url === 'string' && /^https:\/\//.test(url) ? { url } : {}) }];
  });
}

/**
 * One decision of a session, from the same summary.json My answers reads; null
 * when the site no longer has it. A summary cached before sessions existed
 * lacks the setup and discussion (one cached before packs printed the law, its
 * legal note and sources): the dilemma still runs, without them.
 */
export async function fetchDilemma(base: string, id: string): Promise<DilemmaFile | null> {
  const summary = (await fetchSummary(base, id)) as (Partial<DilemmaFile> & Awaited<ReturnType<typeof fetchSummary>>) | null;
  if (!summary) return null;
  const choices = summary.choices.filter((c) => typeof c?.id === 'string' && typeof c.label === 'string');
  if (choices.length === 0) return null;
  return {
    ...summary,
    choices: choices.map((c) => ({ ...c, consequence: String(c.consequence ?? ''), lenses: strings(c.lenses) })),
    setup: typeof summary.setup === 'string' ? summary.setup : '',
    discussion: strings(summary.discussion),
    notes: typeof summary.notes === 'string' ? summary.notes : '',
    // A summary cached before these were written has neither: the dilemma runs without them.
    legal: typeof summary.legal === 'string' ? summary.legal : '',
    sources: readSources(summary.sources),
  };
}

/** Every id's dilemma (or null), fetched together. */
export async function fetchDilemmas(base: string, ids: string[]): Promise<Record<string, DilemmaFile | null>> {
  const found = await Promise.all(ids.map(async (id) => [id, await fetchDilemma(base, id)] as const));
  return Object.fromEntries(found);
}
