import { versionedStore, type VersionedSpec } from '../../lib/storage/versioned-store';
import { askToPersist } from '../../lib/storage/engine';
import { count, field, key, listOf, oneOf, orNull, own, recordOf, shape, text, time } from '../../lib/storage/guards';

/** localStorage key. The value carries its own `version`; see decisionsSpec.migrations. */
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

export const EVENTS = ['answer', 'change', 'clear', 'handover'] as const;

const answerGuard = shape<Answer>({ choice: key, at: time });
const historyGuard = shape<HistoryEntry>({ decision: key, choice: orNull(key), at: time, event: oneOf(EVENTS) });
const noteGuard = shape<Note>({ text: text(10_000), at: time });

/** Every field checked; entries that fail are dropped and named in `problems`. */
export function validateDecisions(data: Record<string, unknown>, problems: string[]): DecisionsState {
  return {
    version: VERSION,
    answers: field(data, 'answers', recordOf(answerGuard), {}, problems),
    tally: field(data, 'tally', recordOf(recordOf(count)), {}, problems),
    history: field(data, 'history', listOf(historyGuard), [], problems),
    notes: field(data, 'notes', recordOf(noteGuard), {}, problems),
  };
}

export const decisionsSpec: VersionedSpec<DecisionsState> = {
  key: STORAGE_KEY,
  version: VERSION,
  migrations: [
    // 1 → 2: rehearsal notes arrive.
    (data) => ({ ...data, notes: {} }),
  ],
  validate: validateDecisions,
  empty: EMPTY,
};

export const decisionStore = versionedStore(decisionsSpec);
export const $decisions = decisionStore.$store;

function withCount(counts: Record<string, number> = {}, choice: string, delta: number) {
  return { ...counts, [choice]: Math.max(0, (own(counts, choice) ?? 0) + delta) };
}

/** Records the reader's answer; changing it moves the tally, never doubles it. */
export function answer(decision: string, choice: string, at = Date.now()): void {
  const state = $decisions.get();
  const previous = own(state.answers, decision)?.choice;
  if (previous === choice) return;
  askToPersist();
  let counts = own(state.tally, decision);
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
  const previous = own(state.answers, decision)?.choice;
  if (!previous) return;
  const { [decision]: _, ...answers } = state.answers;
  const tally = event === 'clear' ? { ...state.tally, [decision]: withCount(own(state.tally, decision), previous, -1) } : state.tally;
  $decisions.set({ ...state, answers, tally, history: [...state.history, { decision, choice: null, at, event }] });
}

/** Withdraws the reader's answer: it leaves the tally too. */
export const clearAnswer = (decision: string, at = Date.now()) => forget(decision, 'clear', at);

/**
 * A room phone's "someone else answers": the tally keeps the answer and the
 * next person starts fresh, since their hand-in must carry their own answers.
 */
export const handOver = (decision: string, at = Date.now()) => forget(decision, 'handover', at);

/**
 * "Someone else answers" on a reader's own device: the other person's choice
 * joins this device's tally and nothing else, so the reader's answer, history
 * and My answers stay theirs.
 */
export function countAnother(decision: string, choice: string): void {
  const state = $decisions.get();
  askToPersist();
  $decisions.set({ ...state, tally: { ...state.tally, [decision]: withCount(own(state.tally, decision), choice, +1) } });
}

/** Saves what the reader would say; an empty note is removed. */
export function setNote(decision: string, note: string, at = Date.now()): void {
  askToPersist();
  const { [decision]: _, ...notes } = $decisions.get().notes;
  $decisions.set({ ...$decisions.get(), notes: note.trim() ? { ...notes, [decision]: { text: note, at } } : notes });
}

/** Replaces everything: used by import and by "clear all my data". */
export const replaceAll = (state: DecisionsState) => $decisions.set(state);
