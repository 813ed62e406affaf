import { own } from '../../lib/storage/guards';
import type { Answer } from '../decision/store';

/** What a list says of a story or dilemma the reader has answered in full. */
export const ANSWERED = 'Answered';

/**
 * What a list says of a story or dilemma, given its decisions: nothing before
 * the first answer, "2 of 4 answered" part way, then "Answered". Never a grade.
 */
export function answeredText(ids: readonly string[], answers: Record<string, Answer>): string {
  const answered = ids.filter((id) => own(answers, id)).length;
  return !answered ? '' : answered < ids.length ? `${answered} of ${ids.length} answered` : ANSWERED;
}
