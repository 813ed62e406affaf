import type { DecisionsState } from '../decision/store';
import { lensProfile, type LensIndex } from './profile';
import type { LensLabel } from './types';
import type { DecisionSummary } from '../../stories/summary';

/** How often the reader's choices lean on each lens, as bars and as a table. */
export default function LensProfile({
  state,
  decisions,
  lenses,
}: {
  state: DecisionsState;
  decisions: DecisionSummary[];
  lenses: LensLabel[];
}) {
  const index: LensIndex = Object.fromEntries(decisions.map((d) => [d.id, Object.fromEntries(d.choices.map((c) => [c.id, c.lenses]))]));
  const profile = lensProfile(
    state.answers,
    index,
    lenses.map((l) => l.id),
  );
  const label = (id: string) => lenses.find((l) => l.id === id)?.label ?? id;
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Your lens profile</h2>
      <p class="hint">
        How often the choices you made lean on each ethical lens. One choice can lean on several, and a choice made only for your own sake
        leans on none.
      </p>
      <figure class="profile">
        <div class="bars" aria-hidden="true">
          {profile.rows.map((row) => (
            <div class="bar-row" key={row.lens}>
              <span class="bar-label">{label(row.lens)}</span>
              <span class="bar">
                {/* No style attribute in server HTML (CSP); widths are set once answers load. */}
                <span style={row.share > 0 ? { width: `${Math.round(row.share * 100)}%` } : undefined} />
              </span>
            </div>
          ))}
        </div>
        <table>
          <caption>Choices leaning on each lens</caption>
          <thead>
            <tr>
              <th scope="col">Lens</th>
              <th scope="col">Choices</th>
            </tr>
          </thead>
          <tbody>
            {profile.rows.map((row) => (
              <tr key={row.lens}>
                <th scope="row">{label(row.lens)}</th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </section>
  );
}
