import './walk.css';

interface Props {
  /** The track's or session's title, linking back to its overview. */
  title: string;
  overviewHref: string;
  /** This dilemma's place, from 1, and how many there are. */
  n: number;
  total: number;
  previousHref: string;
  nextHref: string;
  /** "Track progress" or "Session progress". */
  label: string;
}

/**
 * Where the room is in a walk-through, and the way on: the same bar on a
 * track's step pages (drawn at build time) and a shared session's steps
 * (drawn in the browser). The arrow keys follow its rel links.
 */
export default function StepNav({ title, overviewHref, n, total, previousHref, nextHref, label }: Props) {
  return (
    <nav class="progress" aria-label={label}>
      <p>
        <a href={overviewHref}>{title}</a> ·{' '}
        <strong>
          Dilemma {n} of {total}
        </strong>
      </p>
      <progress max={total} value={n} aria-label={`Dilemma ${n} of ${total}`}>
        {n} of {total}
      </progress>
      <div class="step-links">
        <a href={previousHref} rel="prev">
          ← {n > 1 ? 'Previous' : 'Overview'}
        </a>
        <span class="keys keyboard-hint" aria-hidden="true">
          ← → keys work too
        </span>
        <a href={nextHref} rel="next">
          {n < total ? 'Next' : 'Finish'} →
        </a>
      </div>
    </nav>
  );
}
