/**
 * How the story loader tells the dev server about problems it finds after a
 * file changes. The loader and the integration are loaded as separate module
 * instances, so they meet on a global key rather than a shared variable.
 */
export const PROBLEMS_CHANNEL = Symbol.for('judgment-calls:story-problems');

export type ProblemsListener = (problems: string[]) => void;

export function reportProblems(problems: string[]): void {
  (globalThis as { [PROBLEMS_CHANNEL]?: ProblemsListener })[PROBLEMS_CHANNEL]?.(problems);
}

export function listenForProblems(listener: ProblemsListener): void {
  (globalThis as { [PROBLEMS_CHANNEL]?: ProblemsListener })[PROBLEMS_CHANNEL] = listener;
}

export const describeProblems = (problems: string[]) => `Invalid stories:\n- ${problems.join('\n- ')}`;
