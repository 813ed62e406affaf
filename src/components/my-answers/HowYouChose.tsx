import type { DecisionsState } from '../decision/store';
import type { DecisionSummary } from '../../stories/summary';
import type { LensLabel } from './types';
import { lensIndex, lensProfile } from './profile';
import { answersToGo, howYouChose, narratorMatches, SUMMARY_AFTER } from './how-you-chose';

interface Props {
  state: DecisionsState;
  decisions: DecisionSummary[];
  lenses: LensLabel[];
}

/** One plain paragraph on how the reader chose, once there are enough answers; until then, how many more it needs. */
export default function HowYouChose({ state, decisions, lenses }: Props) {
  const { answered, none, rows } = lensProfile(
    state.answers,
    lensIndex(decisions),
    lenses.map((l) => l.id),
  );
  if (answered < SUMMARY_AFTER) return <p class="hint answers-to-go">{answersToGo(answered)}</p>;
  const facts = {
    answered,
    none,
    ...narratorMatches(state.answers, decisions),
    lenses: lenses.map((lens, i) => ({ label: lens.label, count: rows[i]!.count })),
  };
  return <p class="how-you-chose">{howYouChose(facts)}</p>;
}
