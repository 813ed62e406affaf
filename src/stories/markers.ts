const DECISION = /<Decision\b[^>]*?\bid="([^"]*)"[^>]*\/>/g;
const REVEAL = /<Reveal\b[^>]*?\bafter="([^"]*)"[^>]*>/g;

/**
 * Checks the `<Decision id>` and `<Reveal after>` markers in a story body
 * against the decisions declared in its frontmatter. Returns the problems found,
 * each phrased for the author.
 */
export function checkStoryBody(body: string, declared: string[]): string[] {
  const problems: string[] = [];
  const placed = [...body.matchAll(DECISION)].map((m) => ({ id: m[1] ?? '', at: m.index ?? 0 }));
  const placedIds = placed.map((p) => p.id);

  for (const id of declared) {
    const count = placedIds.filter((p) => p === id).length;
    if (count === 0) problems.push(`decisions: "${id}" is declared but no <Decision id="${id}" /> places it in the story`);
    if (count > 1) problems.push(`<Decision id="${id}" /> appears ${count} times; place each decision once`);
  }
  for (const id of new Set(placedIds)) {
    if (!declared.includes(id)) problems.push(`<Decision id="${id}" /> has no entry under decisions: in the frontmatter`);
  }
  for (const match of body.matchAll(REVEAL)) {
    const after = match[1] ?? '';
    const decision = placed.find((p) => p.id === after);
    if (!decision) problems.push(`<Reveal after="${after}"> names no decision placed in this story`);
    else if (decision.at > (match.index ?? 0)) problems.push(`<Reveal after="${after}"> comes before its decision`);
  }
  return problems;
}
