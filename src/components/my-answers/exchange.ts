import { decisionStore, VERSION, type DecisionsState, type HistoryEntry } from '../decision/store';
import { dict, own } from '../../lib/storage/guards';

/** Marks a file as ours, so a stray JSON file is told apart from an export. */
export const FORMAT = 'judgment-calls/answers';

export interface ExportFile {
  format: typeof FORMAT;
  version: number;
  exportedAt: string;
  data: DecisionsState;
}

export function exportFile(state: DecisionsState, now = new Date()): string {
  const file: ExportFile = { format: FORMAT, version: VERSION, exportedAt: now.toISOString(), data: state };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; state: DecisionsState } | { ok: false; message: string };

/** Exports are a few kilobytes; anything near this is not one of ours. */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * Reads an export with the same checks as stored data. Anything else gets a
 * message a reader can act on, and nothing is changed.
 */
export function readImport(text: string, bytes = text.length): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: 'That file is larger than 1 MB, far more than an export, so nothing was imported. Choose a file exported from this page.',
    };
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, message: 'That file is not readable JSON, so nothing was imported. Choose a file exported from this page.' };
  }
  if (own(file as Record<string, unknown>, 'format') !== FORMAT) {
    return { ok: false, message: 'That file is not a Judgment Calls export, so nothing was imported.' };
  }
  const result = decisionStore.read(own(file as Record<string, unknown>, 'data'));
  if (!result.ok && result.reason === 'newer') {
    return { ok: false, message: 'That file comes from a newer version of the site. Nothing was imported; reload the page and try again.' };
  }
  if (!result.ok || result.problems.length > 0) {
    const first = result.problems[0] ? ` (${result.problems[0]})` : '';
    return {
      ok: false,
      message: `That file is damaged or incomplete${first}, so nothing was imported. Export it again on the other device.`,
    };
  }
  return { ok: true, state: result.value };
}

/** The more recent of two entries; a tie goes to the larger JSON, so merging is order-free. */
function newer<T extends { at: number }>(a: T | undefined, b: T | undefined): T {
  if (!a || !b) return (a ?? b)!;
  if (a.at !== b.at) return b.at > a.at ? b : a;
  return JSON.stringify(b) > JSON.stringify(a) ? b : a;
}

function mergeByNewest<T extends { at: number }>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const merged = dict<T>();
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) merged[key] = newer(own(a, key), own(b, key));
  return merged;
}

/**
 * Combines answers from another device with this one's: for each decision the
 * more recent answer and note win, histories are joined (without repeats), and
 * each tally keeps the larger count, since both devices may have counted the
 * same people. Merging into an empty device restores the export exactly.
 */
export function merge(local: DecisionsState, incoming: DecisionsState): DecisionsState {
  const tally = dict<Record<string, number>>();
  for (const decision of new Set([...Object.keys(local.tally), ...Object.keys(incoming.tally)])) {
    const a = own(local.tally, decision) ?? {};
    const b = own(incoming.tally, decision) ?? {};
    const counts = dict<number>();
    for (const choice of new Set([...Object.keys(a), ...Object.keys(b)])) {
      counts[choice] = Math.max(own(a, choice) ?? 0, own(b, choice) ?? 0);
    }
    tally[decision] = counts;
  }
  const key = (h: HistoryEntry) => `${h.at}|${h.decision}|${h.event}|${h.choice}`;
  // Sorted by time, then by key, so the same entries always come out in the same order.
  const history = [...new Map([...local.history, ...incoming.history].map((h) => [key(h), h])).values()].sort(
    (a, b) => a.at - b.at || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
  );
  return {
    version: VERSION,
    answers: mergeByNewest(local.answers, incoming.answers),
    notes: mergeByNewest(local.notes, incoming.notes),
    tally,
    history,
  };
}
