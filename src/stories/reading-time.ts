const WORDS_PER_MINUTE = 230;

/** What a reader reads at one decision, as the story's frontmatter holds it. */
export interface DecisionText {
  setup: string;
  question: string;
  choices: readonly { label: string; consequence: string }[];
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Counts the words a reader sees in an MDX body, skipping component markers. */
export function countWords(body: string): number {
  return words(body.replace(/<[^>]*>/g, ' ').replace(/[#>*_`[\]()!-]+/g, ' '));
}

/**
 * The words one decision adds to a story: the question, every choice, and the
 * consequence of the one the reader commits to (an average, since it depends
 * on the choice). The setup is not printed in a story, whose prose has told
 * it, but weighing the choices takes a reader about as long as reading it.
 */
export function decisionWords({ setup, question, choices }: DecisionText): number {
  const consequences = choices.map((c) => words(c.consequence));
  const consequence = consequences.length ? consequences.reduce((a, b) => a + b, 0) / consequences.length : 0;
  return words(setup) + words(question) + choices.reduce((sum, c) => sum + words(c.label), 0) + Math.round(consequence);
}

/** Minutes to read a story and answer its decisions, rounded up, never less than one. */
export function readingMinutes(body: string, decisions: readonly DecisionText[] = []): number {
  const total = countWords(body) + decisions.reduce((sum, d) => sum + decisionWords(d), 0);
  return Math.max(1, Math.ceil(total / WORDS_PER_MINUTE));
}

/** A story's reading time, decisions included: what every list and header shows. */
export const storyMinutes = (story: { body?: string; data: { decisions: readonly DecisionText[] } }) =>
  readingMinutes(story.body ?? '', story.data.decisions);
