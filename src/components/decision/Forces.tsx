import type { ForceLink } from '../../stories/summary';

/**
 * "What may have been pulling at you": the forces at play in a dilemma, each
 * linked to its concept page. The widget renders it only after a commit, so a
 * reader's choice is never steered by being told what to resist.
 */
export default function Forces({ id, forces }: { id: string; forces: readonly ForceLink[] }) {
  if (forces.length === 0) return null;
  const heading = `${id}-forces`;
  return (
    <div class="forces">
      <p id={heading}>What may have been pulling at you</p>
      <ul aria-labelledby={heading}>
        {forces.map((force) => (
          <li key={force.id}>
            <a href={force.href}>{force.title}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
