/**
 * Tells: ways a reader could learn the narrator's answer, or the authors'
 * verdict, without thinking the dilemma through. Each problem names the file
 * and the field (docs/writing.md, "No tells").
 */
import type { CheckedStory } from './checks';
import { revealText, shingles, words } from './prose';

/** Across the library the narrator's choice may carry at most this much more than the others' average lens count. */
export const LENS_PARITY = 1.1;

/** A label says what you do; these say why, and readers learn the reasoned option is the one to reject. */
export const JUSTIFICATION =
  /\b(since|because|given that|as (?:you were |he |she |they |was |were )?(?:asked|requested|instructed|told|agreed))\b/i;

/** Consequences say what follows, never how well the reader did. */
export const GRADING =
  /\b(?:the (?:right|wrong|correct|better|best) (?:call|choice|answer|thing(?: to do)?|move|decision)|you should(?:n[’']t| not)? have|admirabl[ey]|commendabl[ey]|cowardly|to your credit|shameful(?:ly)?)\b/i;

/**
 * The narrator's choice may not carry more lenses than the others' average,
 * by more than 10%: a reader would find it by counting tags, and matching the
 * narrator would buy a fuller profile on My answers. Fewer is allowed: in a
 * library where narrators sometimes choose the shortcut, an honest tag count
 * for those choices is zero, and lens tags show only after a reader commits.
 */
export function lensParity(stories: CheckedStory[]): string[] {
  let actual = 0;
  let actualCount = 0;
  let other = 0;
  let otherCount = 0;
  const heavy: string[] = [];
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
      if (others.every((c) => c.lenses.length < count)) heavy.push(`${story.file} decisions.${d}.choices.${mine}.lenses`);
    });
  }
  if (actualCount === 0 || otherCount === 0) return [];
  const mineMean = actual / actualCount;
  const othersMean = other / otherCount;
  if (mineMean <= othersMean * LENS_PARITY) return [];
  return [
    `the narrator's choice carries ${mineMean.toFixed(2)} lenses on average against ${othersMean.toFixed(2)} for the other choices, ` +
      `more than ${Math.round((LENS_PARITY - 1) * 100)}% above; a reader can find it by counting. Where it carries the most: ${heavy.join(', ')}`,
  ];
}

/** No one lens may sit on the narrator's choices much more often than on the others: common good did, once. */
export const LENS_SHARE = 1.25;

export function lensShares(stories: CheckedStory[]): string[] {
  const mine = new Map<string, number>();
  const theirs = new Map<string, number>();
  let mineCount = 0;
  let theirCount = 0;
  for (const story of stories) {
    for (const decision of story.decisions) {
      if (!decision.actual) continue;
      for (const choice of decision.choices) {
        const tally = choice.id === decision.actual ? mine : theirs;
        if (choice.id === decision.actual) mineCount++;
        else theirCount++;
        for (const lens of choice.lenses) tally.set(lens, (tally.get(lens) ?? 0) + 1);
      }
    }
  }
  if (mineCount === 0 || theirCount === 0) return [];
  return [...mine].flatMap(([lens, count]) => {
    const onMine = count / mineCount;
    const onTheirs = (theirs.get(lens) ?? 0) / theirCount;
    return onMine > onTheirs * LENS_SHARE
      ? [
          `"${lens}" is on ${Math.round(onMine * 100)}% of the narrator's choices but ${Math.round(onTheirs * 100)}% of the others; ` +
            `a reader learns that the choice claiming it is usually the narrator's`,
        ]
      : [];
  });
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
