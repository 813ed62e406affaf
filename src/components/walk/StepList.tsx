import './walk.css';

export type StepItem =
  | { key: string; href: string; question: string; storyTitle: string }
  /** Still being fetched (a shared session). */
  | { key: string; loading: true }
  /** Listed by a session's link, but no longer on the site. */
  | { key: string; gone: true };

/** A walk-through's dilemmas in order, on a track's or a session's overview. */
export default function StepList({ items }: { items: StepItem[] }) {
  return (
    <ol class="steps">
      {items.map((item) => {
        if ('loading' in item) return <li key={item.key}>Loading…</li>;
        if ('gone' in item) {
          return (
            <li key={item.key} class="gone">
              <strong>No longer available</strong>
              <span>This dilemma (“{item.key}”) is not on the site any more; the session skips it.</span>
            </li>
          );
        }
        return (
          <li key={item.key}>
            <a href={item.href}>{item.question}</a>
            <span>from {item.storyTitle}</span>
          </li>
        );
      })}
    </ol>
  );
}
