/**
 * Tells: ways a reader could learn the narrator's answer, or the authors'
 * verdict, without thinking the dilemma through. Each problem names the file
 * and the field (docs/writing.md, "No tells").
 */
import type { CheckedStory } from './checks';
import { revealText, shingles, words } from './prose';

/** Across the library the narrator's choice carries the others' average lens count, within this factor either way. */
export const LENS_PARITY = 1.1;

/** A label says what you do; these say why, and readers learn the reasoned option is the one to reject. */
export const JUSTIFICATION =
  /\b(since|because|given that|as (?:you were |he |she |they |was |were )?(?:asked|requested|instructed|told|agreed))\b/i;

/** Consequences say what follows, never how well the reader did. */
export const GRADING =
  /\b(?:the (?:right|wrong|correct|better|best) (?:call|choice|answer|thing(?: to do)?|move|decision)|you should(?:n[’']t| not)? have|admirabl[ey]|commendabl[ey]|cowardly|to your credit|shameful(?:ly)?)\b/i;

/**
 * The narrator's choice must carry about as many lenses as the others, within
 * 10% either way: more, and a reader finds it by counting tags; fewer, and
 * matching the narrator earns a thinner profile on My answers. Both are tells.
 */
export function lensParity(stories: CheckedStory[]): string[] {
  let actual = 0;
  let actualCount = 0;
  let other = 0;
  let otherCount = 0;
  const heavy: string[] = [];
  const light: string[] = [];
  for (const story of stories) {
    story.decisions.forEach((decision, d) => {
      if (!decision.actual) return;
      const others = decision.choices.filter((c) => c.id !== decision.actual);
      const mine = decision.choices.findIndex((c) => c.id === decision.actual);
      const count = decision.choices[mine]?.lenses.length ?? 0;
      actual += count;
      actualCount++;
      for (const choice of others) other += choice.lenses.length;
      otherCount += others.length;
      const field = `${story.file} decisions.${d}.choices.${mine}.lenses`;
      if (others.every((c) => c.lenses.length < count)) heavy.push(field);
      if (others.every((c) => c.lenses.length > count)) light.push(field);
    });
  }
  if (actualCount === 0 || otherCount === 0) return [];
  const mineMean = actual / actualCount;
  const othersMean = other / otherCount;
  const percent = Math.round((LENS_PARITY - 1) * 100);
  const said = `the narrator's choice carries ${mineMean.toFixed(2)} lenses on average against ${othersMean.toFixed(2)} for the other choices`;
  if (mineMean > othersMean * LENS_PARITY) {
    return [`${said}, more than ${percent}% above; a reader can find it by counting. Where it carries the most: ${heavy.join(', ')}`];
  }
  if (mineMean < othersMean * (2 - LENS_PARITY)) {
    return [`${said}, more than ${percent}% below; a reader can find it by counting. Where it carries the fewest: ${light.join(', ')}`];
  }
  return [];
}

export function justifiedLabels(story: CheckedStory): string[] {
  return story.decisions.flatMap((decision, d) =>
    decision.choices.flatMap((choice, c) => {
      const reason = JUSTIFICATION.exec(choice.label);
      return reason
        ? [`${story.file}: decisions.${d}.choices.${c}.label "${choice.label}" gives a reason ("${reason[1]}"); say only what you would do`]
        : [];
    }),
  );
}

export function gradingConsequences(story: CheckedStory): string[] {
  return story.decisions.flatMap((decision, d) =>
    decision.choices.flatMap((choice, c) => {
      const grade = GRADING.exec(choice.consequence);
      return grade
        ? [
            `${story.file}: decisions.${d}.choices.${c}.consequence grades the reader ("${grade[0]}"); say what tends to follow, its costs and benefits`,
          ]
        : [];
    }),
  );
}

// A shared run of small words ("one of the", "at the end of") says nothing about the plot.
const SMALL = new Set(
  'a an the and or but of to in on at by for with from as is was were be been it its i you he she they we my your his her their our this that than then so not no do did had have has me him them us'.split(
    ' ',
  ),
);

/** The description sits above the story: it may not share four words in a row with a reveal or the narrator's choice. */
export function descriptionGiveaways(story: CheckedStory): string[] {
  const spoilers = new Set([
    ...shingles(words(revealText(story.body)), 4),
    ...story.decisions.flatMap((d) => [...shingles(words(d.choices.find((c) => c.id === d.actual)?.label ?? ''), 4)]),
  ]);
  const shared = [...shingles(words(story.description), 4)].filter(
    (run) => spoilers.has(run) && run.split(' ').filter((w) => !SMALL.has(w)).length >= 2,
  );
  return shared.length
    ? [
        `${story.file}: description shares "${shared[0]}" with what the narrator chose or what happened after; describe the situation, not how it ends`,
      ]
    : [];
}
