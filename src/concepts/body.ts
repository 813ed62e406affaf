/**
 * The three sections every concept page has, in this order (docs/writing.md):
 * what the force is, how it shows up in selling, what helps against it.
 */
export const SECTIONS = ['What it is', 'How it shows up in selling', 'What helps'] as const;

/** The plain-language explanation: long enough to explain, short enough to read between two dilemmas. */
export const EXPLANATION_WORDS = { min: 150, max: 300 };

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** What is wrong with a concept page's body, each problem as a sentence naming the section. */
export function checkConceptBody(body: string): string[] {
  const headings = [...body.matchAll(/^## (.+?)\s*$/gm)].map((match) => match[1]);
  const problems: string[] = [];
  const found = headings.filter((heading): heading is (typeof SECTIONS)[number] => (SECTIONS as readonly string[]).includes(heading!));
  if (found.join('|') !== SECTIONS.join('|')) {
    problems.push(`body: needs the sections ${SECTIONS.map((s) => `"## ${s}"`).join(', ')}, in that order, each once`);
    return problems;
  }
  const explanation = body.split(/^## What it is\s*$/m)[1]!.split(/^## /m)[0]!;
  const count = words(explanation);
  if (count < EXPLANATION_WORDS.min || count > EXPLANATION_WORDS.max) {
    problems.push(`body: "What it is" has ${count} words; write ${EXPLANATION_WORDS.min} to ${EXPLANATION_WORDS.max}`);
  }
  return problems;
}
