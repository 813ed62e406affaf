import './walk.css';
import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  overviewHref: string;
  /** The closing words, as paragraphs. */
  closing: string[];
  /** "track" or "session": "Your answers in this …". */
  kind: string;
  /** The reader's answers: a list, or the island that draws one. */
  children: ComponentChildren;
  /** Links on from the end, after "Back to the last dilemma". */
  lastHref?: string;
  more?: ComponentChildren;
}

/** A walk-through's last screen, for a track and a session alike: the debrief and the reader's answers. */
export default function Debrief({ title, overviewHref, closing, kind, children, lastHref, more }: Props) {
  return (
    <>
      <p class="kicker">
        <a href={overviewHref}>{title}</a> · finished
      </p>
      <h1 tabIndex={-1}>Debrief</h1>
      {closing.map((paragraph) => (
        <p class="text">{paragraph}</p>
      ))}
      <h2>Your answers in this {kind}</h2>
      {children}
      <p class="next">
        {lastHref && (
          <>
            <a href={lastHref} rel="prev">
              ← Back to the last dilemma
            </a>{' '}
            ·{' '}
          </>
        )}
        {more}
      </p>
    </>
  );
}
