import { migrate, VERSION, type DecisionsState, type HistoryEntry } from '../decision/store';

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

/** Reads an export; anything else gets a message a reader can act on, and nothing is changed. */
export function readImport(text: string): ImportResult {
  let file: Partial<ExportFile>;
  try {
    file = JSON.parse(text) as Partial<ExportFile>;
  } catch {
    return { ok: false, message: 'That file is not readable JSON, so nothing was imported. Choose a file exported from this page.' };
  }
  if (file?.format !== FORMAT) {
    return { ok: false, message: 'That file is not a Judgment Calls export, so nothing was imported.' };
  }
  const result = migrate(file.data);
  if (result.ok) return result;
  return {
    ok: false,
    message:
      result.reason === 'newer'
        ? 'That file comes from a newer version of the site. Nothing was imported; reload the page and try again.'
        : 'That file is damaged or incomplete, so nothing was imported.',
  };
}

const newer = <T extends { at: number }>(a: T | undefined, b: T | undefined) => (!a ? b : !b ? a : b.at > a.at ? b : a);

function mergeByNewest<T extends { at: number }>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) merged[key] = newer(a[key], b[key])!;
  return merged;
}

/**
 * Combines answers from another device with this one's: for each decision the
 * more recent answer and note win, histories are joined (without repeats), and
 * each tally keeps the larger count, since both devices may have counted the
 * same people. Merging into an empty device restores the export exactly.
 */
export function merge(local: DecisionsState, incoming: DecisionsState): DecisionsState {
  const tally: DecisionsState['tally'] = {};
  for (const decision of new Set([...Object.keys(local.tally), ...Object.keys(incoming.tally)])) {
    const a = local.tally[decision] ?? {};
    const b = incoming.tally[decision] ?? {};
    tally[decision] = {};
    for (const choice of new Set([...Object.keys(a), ...Object.keys(b)])) {
      tally[decision][choice] = Math.max(a[choice] ?? 0, b[choice] ?? 0);
    }
  }
  const key = (h: HistoryEntry) => `${h.at}|${h.decision}|${h.event}|${h.choice}`;
  const history = [...new Map([...local.history, ...incoming.history].map((h) => [key(h), h])).values()].sort(
    (a, b) => a.at - b.at,
  );
  return {
    version: VERSION,
    answers: mergeByNewest(local.answers, incoming.answers),
    notes: mergeByNewest(local.notes, incoming.notes),
    tally,
    history,
  };
}
