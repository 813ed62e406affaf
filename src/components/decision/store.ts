import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { guardedStorage, hold, keepAside, reportStorageProblem } from './storage';
import type { PersistentStore } from '@nanostores/persistent';

/** localStorage key. The value carries its own `version`; see migrate(). */
export const STORAGE_KEY = 'judgment-calls:decisions';
export const VERSION = 2;

export interface Answer {
  choice: string;
  /** When it was given, in ms since the epoch. */
  at: number;
}

export interface HistoryEntry {
  decision: string;
  /** The choice given; null when an answer was cleared or handed over. */
  choice: string | null;
  at: number;
  event: 'answer' | 'change' | 'clear' | 'handover';
}

export interface Note {
  /** What the reader would actually say and to whom: plain text, never rendered as HTML. */
  text: string;
  at: number;
}

export interface DecisionsState {
  version: typeof VERSION;
  /** The current reader's answer per decision. */
  answers: Record<string, Answer>;
  /** Answers recorded on this device, per decision, per choice. */
  tally: Record<string, Record<string, number>>;
  /** Every answer, change, clear and hand-over, oldest first. */
  history: HistoryEntry[];
  /** Rehearsal notes per decision (since version 2). */
  notes: Record<string, Note>;
}

export const EMPTY: DecisionsState = Object.freeze({ version: VERSION, answers: {}, tally: {}, history: [], notes: {} });

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] turns version n+1 into version n+2; a schema change adds its
 * step here and bumps VERSION.
 */
export const MIGRATIONS: Migration[] = [
  // 1 → 2: rehearsal notes arrive.
  (data) => ({ ...data, notes: {} }),
];

export type MigrateResult =
  | { ok: true; state: DecisionsState }
  | { ok: false; reason: 'newer' | 'malformed' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function migrate(data: unknown, migrations: Migration[] = MIGRATIONS, current: number = VERSION): MigrateResult {
  if (!isRecord(data) || !Number.isInteger(data.version) || (data.version as number) < 1) {
    return { ok: false, reason: 'malformed' };
  }
  if ((data.version as number) > current) return { ok: false, reason: 'newer' };
  let upgraded = data;
  for (let version = data.version as number; version < current; version++) {
    const step = migrations[version - 1];
    if (!step) return { ok: false, reason: 'malformed' };
    upgraded = { ...step(upgraded), version: version + 1 };
  }
  const { answers, tally, history, notes } = upgraded;
  if (!isRecord(answers) || !isRecord(tally) || !Array.isArray(history) || !isRecord(notes)) {
    return { ok: false, reason: 'malformed' };
  }
  return { ok: true, state: upgraded as unknown as DecisionsState };
}

/** The guarded engine every persistent store on the page uses (installed on import). */
export let engine: PersistentStore = {};
if (typeof window !== 'undefined') {
  engine = guardedStorage(() => window.localStorage);
  setPersistentEngine(engine, windowPersistentEvents);
}

/** Parses stored data; anything it cannot use is kept aside or held, never overwritten. */
export function decode(raw: string, storage: PersistentStore = engine): DecisionsState {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    keepAside(storage, STORAGE_KEY, raw);
    return EMPTY;
  }
  const result = migrate(data);
  if (result.ok) return result.state;
  if (result.reason === 'newer') {
    hold(STORAGE_KEY);
    reportStorageProblem('newer');
  } else {
    keepAside(storage, STORAGE_KEY, raw);
  }
  return EMPTY;
}

export const $decisions = persistentAtom<DecisionsState>(STORAGE_KEY, EMPTY, {
  encode: JSON.stringify,
  decode: (raw) => decode(raw),
});

function withCount(counts: Record<string, number> = {}, choice: string, delta: number) {
  return { ...counts, [choice]: Math.max(0, (counts[choice] ?? 0) + delta) };
}

/** Records the reader's answer; changing it moves the tally, never doubles it. */
export function answer(decision: string, choice: string, at = Date.now()): void {
  const state = $decisions.get();
  const previous = state.answers[decision]?.choice;
  if (previous === choice) return;
  let counts = state.tally[decision];
  if (previous) counts = withCount(counts, previous, -1);
  counts = withCount(counts, choice, +1);
  $decisions.set({
    ...state,
    answers: { ...state.answers, [decision]: { choice, at } },
    tally: { ...state.tally, [decision]: counts },
    history: [...state.history, { decision, choice, at, event: previous ? 'change' : 'answer' }],
  });
}

function forget(decision: string, event: 'clear' | 'handover', at: number): void {
  const state = $decisions.get();
  const previous = state.answers[decision]?.choice;
  if (!previous) return;
  const { [decision]: _, ...answers } = state.answers;
  const tally = event === 'clear' ? { ...state.tally, [decision]: withCount(state.tally[decision], previous, -1) } : state.tally;
  $decisions.set({ ...state, answers, tally, history: [...state.history, { decision, choice: null, at, event }] });
}

/** Withdraws the reader's answer: it leaves the tally too. */
export const clearAnswer = (decision: string, at = Date.now()) => forget(decision, 'clear', at);

/** "Someone else answers on this device": the tally keeps the answer, the next reader starts fresh. */
export const handOver = (decision: string, at = Date.now()) => forget(decision, 'handover', at);

/** Saves what the reader would say; an empty note is removed. */
export function setNote(decision: string, text: string, at = Date.now()): void {
  const { [decision]: _, ...notes } = $decisions.get().notes;
  $decisions.set({ ...$decisions.get(), notes: text.trim() ? { ...notes, [decision]: { text, at } } : notes });
}

/** Replaces everything: used by import and by "clear all my data". */
export const replaceAll = (state: DecisionsState) => $decisions.set(state);
