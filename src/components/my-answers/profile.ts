import type { DecisionsState } from '../decision/store';
import { own } from '../../lib/storage/guards';

/** Just enough of a decision to say which lenses each of its choices leans on. */
export interface LensIndex {
  [decision: string]: { [choice: string]: readonly string[] };
}

/** How often the reader's current answers lean on each lens, in the order given. */
export function lensProfile(answers: DecisionsState['answers'], index: LensIndex, lenses: readonly string[]) {
  const counts = Object.fromEntries(lenses.map((lens) => [lens, 0])) as Record<string, number>;
  let answered = 0;
  for (const [decision, { choice }] of Object.entries(answers)) {
    const leans = own(own(index, decision), choice);
    if (!leans) continue;
    answered++;
    for (const lens of leans) if (Object.hasOwn(counts, lens)) counts[lens]! += 1;
  }
  const most = Math.max(0, ...Object.values(counts));
  return { answered, rows: lenses.map((lens) => ({ lens, count: counts[lens]!, share: most ? counts[lens]! / most : 0 })) };
}
