import DecisionWidget from './DecisionWidget';
import { $decisions } from './store';
import { mountIslands } from '../../lib/islands/mount';
import { roomGate } from '../room/protocol/joined-key';
import type { Gate } from '../room/phone/outcome-gate';

/*
 * The one client entry for decisions. A widget wakes when it comes within
 * 800px of the viewport, so a stored answer swaps in off-screen and the page
 * never shifts under the reader, or as soon as keyboard focus lands in it,
 * which can be quicker than the observer.
 */
const starts = new Map<Element, () => void>();
const near = new IntersectionObserver((entries) => entries.forEach((entry) => entry.isIntersecting && starts.get(entry.target)?.()), {
  rootMargin: '800px 0px',
});
mountIslands('decision', DecisionWidget, (island, start) => {
  starts.set(island, () => {
    near.unobserve(island);
    start();
  });
  near.observe(island);
  island.addEventListener('focusin', () => starts.get(island)?.(), { once: true });
});

// Reveal blocks are static story text: they only need opening, not rendering.
// One a facilitator opened on purpose stays open until the page is left.
const reveals = [...document.querySelectorAll<HTMLElement>('[data-reveal-after]')];
if (reveals.length > 0) {
  // On a phone in a room they wait for the facilitator's reveal as the outcome does, by the same gate.
  let gate: Gate | null | undefined;
  const open = () => {
    const { answers } = $decisions.get();
    for (const reveal of reveals) {
      const id = reveal.dataset.revealAfter ?? '';
      if (reveal.dataset.peeked) continue;
      const revealed = gate === null || gate?.showing(gate.$joined.get(), id).kind === 'open';
      reveal.dataset.state = Object.hasOwn(answers, id) && revealed ? 'open' : 'pending';
    }
  };
  void roomGate().then((loaded) => {
    gate = loaded;
    $decisions.subscribe(open);
    loaded?.$joined.subscribe(open);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-reveal-peek]')) {
    button.addEventListener('click', () => {
      const reveal = button.closest<HTMLElement>('[data-reveal-after]');
      if (!reveal) return;
      reveal.dataset.peeked = 'true';
      reveal.dataset.state = 'open';
      reveal.querySelector<HTMLElement>('.reveal-body')?.setAttribute('tabindex', '-1');
      reveal.querySelector<HTMLElement>('.reveal-body')?.focus();
    });
  }
}
