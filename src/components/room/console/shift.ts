import { own } from '../../../lib/storage/guards';
import type { RoomDecision } from '../protocol/store';

export interface Move {
  from: string;
  to: string;
  phones: number;
}

export interface Shift {
  /** Phones that handed in in both rounds. */
  both: number;
  /** Of those, the ones whose vote changed, grouped by from → to, most first. */
  moves: Move[];
  /** Hands per choice, second round minus first: hands are not people we can follow, so only the net change is known. */
  hands: Record<string, number>;
}

/** How the room moved between its two votes on one dilemma; null before the second round. */
export function shift(d: RoomDecision, choices: string[]): Shift | null {
  const [first, second] = d.rounds;
  if (!first || !second) return null;
  let both = 0;
  const moved = new Map<string, Move>();
  for (const [token, to] of Object.entries(second.handIns)) {
    const from = own(first.handIns, token);
    if (from === undefined) continue;
    both++;
    if (from === to) continue;
    const key = `${from}>${to}`;
    const move = moved.get(key) ?? { from, to, phones: 0 };
    move.phones++;
    moved.set(key, move);
  }
  const hands: Record<string, number> = {};
  for (const choice of choices) hands[choice] = (own(second.counts, choice) ?? 0) - (own(first.counts, choice) ?? 0);
  return { both, moves: [...moved.values()].sort((a, b) => b.phones - a.phones), hands };
}
