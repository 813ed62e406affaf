import type { DecisionsState } from '../decision/store';
import type { DecisionSummary } from '../../stories/summary';
import { own } from '../../lib/storage/guards';
import { inWords } from '../../utils/numbers';

/** How many answers the summary waits for: fewer say too little to sum up. */
export const SUMMARY_AFTER = 5;

/** The facts the summary is built from, every one counted from the reader's own answers. */
export interface ChoiceFacts {
  /** Answers to decisions the site still has, to choices it still offers. */
  answered: number;
  /** Of those, the answers to decisions whose story says what the narrator did. */
  compared: number;
  /** Of those, the answers that made the narrator's choice. */
  matched: number;
  /** Answers argued from no lens. */
  none: number;
  /** Each lens, in the site's order, with how many answers lean on it. */
  lenses: { label: string; count: number }[];
}

/** Words for a choice with no lens: it says what the argument is not, never what the reader is. */
export const noLens = (lensCount: number) => `argued from none of the ${inWords(lensCount)} lenses`;

/** How many of the answers made the narrator's choice, among the decisions whose story says. */
export function narratorMatches(answers: DecisionsState['answers'], decisions: readonly DecisionSummary[]) {
  let compared = 0;
  let matched = 0;
  for (const decision of decisions) {
    const answer = own(answers, decision.id);
    if (!answer || !decision.actual || !decision.choices.some((c) => c.id === answer.choice)) continue;
    compared++;
    if (answer.choice === decision.actual) matched++;
  }
  return { compared, matched };
}

const lens = (label: string) => `the ${label.toLowerCase()} lens`;
const list = (items: string[], last: string) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;

/** Which lenses the answers leaned on most and least, as a sentence; counts only. */
function leanings({ answered, none, lenses }: ChoiceFacts): string {
  if (lenses.length === 0) return '';
  const counts = lenses.map((l) => l.count);
  const most = Math.max(...counts);
  const least = Math.min(...counts);
  if (most === 0) return `Every one of your choices was ${noLens(lenses.length)}.`;
  const named = (count: number) => lenses.filter((l) => l.count === count).map((l) => lens(l.label));
  const of = (count: number, several: boolean) => `(${count} of ${answered}${several ? ' each' : ''})`;
  if (most === least) return `Your choices leaned on every lens equally often ${of(most, true)}.`;
  const top = named(most);
  const bottom = named(least);
  const rarely = least === 0 ? `never on ${list(bottom, 'or')}` : `least often on ${list(bottom, 'and')} ${of(least, bottom.length > 1)}`;
  const sentence = `Your choices leaned most often on ${list(top, 'and')} ${of(most, top.length > 1)}, and ${rarely}.`;
  return none > 0 ? `${sentence} Of your ${answered} choices, ${none} ${none === 1 ? 'was' : 'were'} ${noLens(lenses.length)}.` : sentence;
}

/** Whether the answers made the narrator's choices, as a sentence; empty when no story says what its narrator did. */
function narrator({ answered, compared, matched }: ChoiceFacts): string {
  if (compared === 0) return '';
  if (compared === answered) return `You made the narrator’s choice in ${matched} of your ${answered} answers.`;
  return `In ${compared} of your ${answered} answers the story says what the narrator did, and you made the same choice in ${matched} of them.`;
}

/**
 * A plain summary of how the reader chose: how often they made the narrator's
 * choice and which lenses their choices leaned on. Facts and counts only; it
 * never rates the reader or a choice.
 */
export const howYouChose = (facts: ChoiceFacts): string => [narrator(facts), leanings(facts)].filter(Boolean).join(' ');

/** What the page says until there are enough answers to sum up. */
export function answersToGo(answered: number): string {
  const left = SUMMARY_AFTER - answered;
  return `Answer ${left}${answered > 0 ? ' more' : ''} ${left === 1 ? 'decision' : 'decisions'} and this page will sum up how you chose.`;
}
