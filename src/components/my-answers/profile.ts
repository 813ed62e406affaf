import type { DecisionsState } from '../decision/store';
import type { DecisionSummary } from '../../stories/summary';
import { own } from '../../lib/storage/guards';

/** Just enough of a decision to say which lenses each of its choices leans on. */
export interface LensIndex {
  [decision: string]: { [choice: string]: readonly string[] };
}

/** The lens index of the decisions fetched so far. */
export const lensIndex = (decisions: readonly DecisionSummary[]): LensIndex =>
  Object.fromEntries(decisions.map((d) => [d.id, Object.fromEntries(d.choices.map((c) => [c.id, c.lenses]))]));

/**
 * How often the reader's current answers lean on each lens, in the order
 * given. `share` is the part of the answers leaning on the lens, so a lens on
 * 5 of 9 answers fills 5/9 of its bar; `none` counts the answers argued from
 * no lens at all.
 */
export function lensProfile(answers: DecisionsState['answers'], index: LensIndex, lenses: readonly string[]) {
  const counts = Object.fromEntries(lenses.map((lens) => [lens, 0])) as Record<string, number>;
  let answered = 0;
  let none = 0;
  for (const [decision, { choice }] of Object.entries(answers)) {
    const leans = own(own(index, decision), choice);
    if (!Array.isArray(leans)) continue;
    answered++;
    // A lens listed twice still counts once, so no bar can overfill.
    const known = new Set(leans.filter((lens) => Object.hasOwn(counts, lens)));
    if (known.size === 0) none++;
    for (const lens of known) counts[lens]! += 1;
  }
  return {
    answered,
    none,
    rows: lenses.map((lens) => ({ lens, count: counts[lens]!, share: answered ? counts[lens]! / answered : 0 })),
  };
}

export type LensProfile = ReturnType<typeof lensProfile>;
