import './lens-profile.css';
import type { DecisionsState } from '../decision/store';
import { lensIndex, lensProfile } from './profile';
import { noLens } from './how-you-chose';
import type { LensLabel } from './types';
import type { DecisionSummary } from '../../stories/summary';

interface Props {
  state: DecisionsState;
  decisions: DecisionSummary[];
  lenses: LensLabel[];
  /** Where the lenses are explained at length (the About page). */
  about: string;
}

/**
 * Each lens with its one-line definition, and how many of the reader's answers
 * lean on it: a bar filled by that share of the answers, and the count as text
 * beside it for anyone who cannot see the bar.
 */
export default function LensProfile({ state, decisions, lenses, about }: Props) {
  const { answered, rows } = lensProfile(
    state.answers,
    lensIndex(decisions),
    lenses.map((l) => l.id),
  );
  return (
    <section aria-labelledby="profile-heading" class="lens-profile">
      <h2 id="profile-heading">Your lens profile</h2>
      <p class="hint">
        How many of your answers lean on each ethical lens. A choice can lean on several, and one {noLens(lenses.length)} adds to no bar.{' '}
        <a href={about}>More about the lenses</a>
      </p>
      <ul class="lens-bars">
        {lenses.map((lens, i) => {
          const row = rows[i]!;
          return (
            <li key={lens.id} data-lens={lens.id}>
              <span class="lens-name">{lens.label}</span>
              <span class="bar" aria-hidden="true">
                {/* No style attribute in server HTML (CSP); widths are set once answers load. */}
                <span style={row.share > 0 ? { width: `${Math.round(row.share * 1000) / 10}%` } : undefined} />
              </span>
              <span class="lens-count">{answered > 0 ? `${row.count} of ${answered}` : ''}</span>
              <span class="lens-definition">{lens.question}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
