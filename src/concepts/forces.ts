import { SPREAD_MINIMUM } from '../stories/spread';

/** How many decisions must name a concept before the library earns its page. */
export const MIN_DECISIONS_PER_CONCEPT = 3;

export interface TaggedStory {
  file: string;
  decisions: { id: string; forces: string[] }[];
}

/**
 * The forces rules that need both collections: every force a decision names is
 * a concept page, named once; and, once a library is big enough to be judged
 * as a whole (as the spread rules are), every concept is at play in at least
 * three decisions, so no page lists one lonely dilemma.
 */
export function checkForces(stories: TaggedStory[], concepts: string[], conceptsDir: string): string[] {
  const known = new Set(concepts);
  const uses = new Map(concepts.map((id) => [id, 0]));
  const problems: string[] = [];
  for (const { file, decisions } of stories) {
    decisions.forEach(({ id, forces }, d) => {
      const seen = new Set<string>();
      forces.forEach((force, f) => {
        const field = `${file}: decisions.${d}.forces.${f}`;
        if (!known.has(force)) {
          problems.push(
            `${field} "${force}" in decision "${id}" is not a concept in ${conceptsDir}; use one of: ${[...known].sort().join(', ')}`,
          );
        } else if (seen.has(force)) {
          problems.push(`${field} "${force}" is named twice in decision "${id}"`);
        } else {
          uses.set(force, uses.get(force)! + 1);
        }
        seen.add(force);
      });
    });
  }
  if (stories.length >= SPREAD_MINIMUM) {
    for (const [concept, count] of [...uses].sort(([a], [b]) => a.localeCompare(b))) {
      if (count < MIN_DECISIONS_PER_CONCEPT) {
        problems.push(
          `${conceptsDir}/${concept}.md: "${concept}" is at play in ${count} ${count === 1 ? 'decision' : 'decisions'}; name it under forces in at least ${MIN_DECISIONS_PER_CONCEPT} where a careful reader would agree, or retire the page`,
        );
      }
    }
  }
  return problems;
}
