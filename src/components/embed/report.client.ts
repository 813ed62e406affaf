import { $decisions } from '../decision/store';
import { own } from '../../lib/storage/guards';

/*
 * Inside a learning-platform package (src/components/learning-platform/), the
 * launch page frames this embed with ?lms=<its own origin>. The embed tells
 * that page it loaded, and when the reader has answered: the dilemma's id, and
 * the choice's id only with ?report=choices, which the coach opted into when
 * downloading. Messages go to that origin alone; a package opened from a file
 * has no origin ("null"), so it gets the id and never the choice.
 */
const params = new URLSearchParams(location.search);
const lms = params.get('lms');
const dilemma = document.querySelector<HTMLElement>('[data-embed]')?.dataset.embed;
const origin = (() => {
  try {
    const url = new URL(lms ?? '');
    return /^https?:$/.test(url.protocol) && url.origin === lms ? lms : null;
  } catch {
    return null;
  }
})();

if (window.parent !== window && dilemma && (origin || lms === 'null')) {
  const withChoice = origin !== null && params.get('report') === 'choices';
  const post = (message: object) => window.parent.postMessage(message, origin ?? '*');
  post({ type: 'judgment-calls:ready', dilemma });
  let last: string | undefined;
  $decisions.subscribe((state) => {
    const choice = own(state.answers, dilemma)?.choice;
    if (!choice || choice === last) return;
    last = choice;
    post({ type: 'judgment-calls:answered', dilemma, ...(withChoice ? { choice } : {}) });
  });
}
