import type { DecisionsState } from '../decision/store';
import type { DecisionSummary, ForceLink } from '../../stories/summary';
import { own } from '../../lib/storage/guards';

export interface ForceMet extends ForceLink {
  /** How many of the answered dilemmas have this force at play. */
  count: number;
}

/**
 * The forces at play in the dilemmas the reader has answered, most often met
 * first. It counts dilemmas, not choices: it says where the reader has been,
 * never how well they resisted.
 */
export function forcesMet(answers: DecisionsState['answers'], decisions: readonly DecisionSummary[]): ForceMet[] {
  const met = new Map<string, ForceMet>();
  for (const decision of decisions) {
    if (!own(answers, decision.id)) continue;
    for (const force of decision.forces) {
      const seen = met.get(force.id);
      if (seen) seen.count += 1;
      else met.set(force.id, { ...force, count: 1 });
    }
  }
  return [...met.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'en'));
}
