import { $decisions } from '../decision/store';
import { ANSWERED, answeredText } from './answered';

/*
 * Marks every story and dilemma the reader has answered, on any list that
 * renders AnsweredMark. A plain script rather than islands: the lists are
 * HTML that must work without JavaScript, and the marks only add a word to
 * each item. They follow the store, so an answer given in another tab shows.
 * It travels in the decisions chunk (astro.config.mjs), so it runs on every
 * page that loads that chunk and finds nothing to mark on most: kept this
 * small because story pages carry it for their Read next cards
 * (test/decision.test.ts holds a story page to 10.5 KB gzip).
 */
const marks = document.querySelectorAll<HTMLElement>('[data-answered]');

$decisions.subscribe(({ answers }) => {
  for (const mark of marks) {
    mark.textContent = answeredText(mark.dataset.answered!.split(' '), answers);
    mark.dataset.complete = String(mark.textContent == ANSWERED);
  }
});
