import type { DecisionSummary } from '../my-answers/types';

/** A decision as /dilemmas/<id>/summary.json gives it: enough to run and print it in a session. */
export interface DilemmaFile extends DecisionSummary {
  setup: string;
  /** Open questions for the room. */
  discussion: string[];
  /** For whoever runs the discussion; empty when the story has none. */
  notes: string;
}
