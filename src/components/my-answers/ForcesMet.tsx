import type { DecisionsState } from '../decision/store';
import type { DecisionSummary } from '../../stories/summary';
import { forcesMet } from './forces-met';

/** Which forces were at play in the dilemmas answered: a plain list with counts, never a score. */
export default function ForcesMet({ state, decisions }: { state: DecisionsState; decisions: DecisionSummary[] }) {
  const met = forcesMet(state.answers, decisions);
  if (met.length === 0) return null;
  return (
    <section aria-labelledby="forces-heading" class="forces-met">
      <h2 id="forces-heading">Forces you have met</h2>
      <p class="hint">
        The pressures at play in the dilemmas you answered, and in how many of them. They describe the situations, not how you handled them.
      </p>
      <ul>
        {met.map((force) => (
          <li key={force.id}>
            <a href={force.href}>{force.title}</a>: {force.count} {force.count === 1 ? 'dilemma' : 'dilemmas'}
          </li>
        ))}
      </ul>
    </section>
  );
}
