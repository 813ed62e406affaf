import type { ComponentChildren } from 'preact';
import type { TallyRow } from './tally';

interface Props {
  class: string;
  caption: ComponentChildren;
  rows: TallyRow[];
  /** The text of each row, in row order. */
  labels: string[];
  /** The reader's own choice, marked in words as well as colour. */
  mine?: string;
}

/**
 * Counts as a bar chart whose text is the chart: every row says its count and
 * percentage, and the bars themselves are hidden from screen readers.
 */
export default function TallyChart({ class: className, caption, rows, labels, mine }: Props) {
  return (
    <figure class={className}>
      <figcaption>{caption}</figcaption>
      <ul>
        {rows.map((row, index) => (
          <li key={row.id} class={row.id === mine ? 'mine' : undefined}>
            <span class="row-label">
              {labels[index]}
              {row.id === mine && <span class="you"> (your choice)</span>}
            </span>
            <span class="figure">
              {row.count} · {row.percent}%
            </span>
            <span class="bar" aria-hidden="true">
              <span style={{ width: `${row.percent}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
