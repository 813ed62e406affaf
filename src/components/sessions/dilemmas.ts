import { fetchSummary } from '../my-answers/summaries';
import type { DilemmaFile } from '../../stories/summary';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A summary's legal sources: titles, and only https addresses (never a script or another scheme). */
const readSources = (value: unknown): DilemmaFile['sources'] =>
  (Array.isArray(value) ? value : []).flatMap((source: { title?: unknown; url?: unknown } | null) =>
    typeof source?.title !== 'string'
      ? []
      : typeof source.url === 'string' && source.url.startsWith('https://')
        ? [{ title: source.title, url: source.url }]
        : [{ title: source.title }],
  );

/**
 * One decision of a session, from the same summary.json My answers reads; null
 * when the site no longer has it. A summary cached before sessions existed
 * lacks the setup and discussion: the dilemma still runs, without them.
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
