import { h, hydrate } from 'preact';
import DecisionWidget from './DecisionWidget';
import { $decisions } from './store';
import type { DecisionProps } from './types';

/*
 * The one client entry for decisions. Astro's own islands would add their
 * runtime and renderer (about 3 KB gzip) to every story page; hydrating here
 * keeps a story page inside its 10 KB JavaScript budget. A widget wakes when it
 * comes within 800px of the viewport, so a stored answer swaps in off-screen
 * and the page never shifts under the reader, or as soon as keyboard focus
 * lands in it, which can be quicker than the observer.
 */
function wake(island: HTMLElement) {
  if (island.dataset.awake) return;
  island.dataset.awake = 'true';
  near.unobserve(island);
  hydrate(h(DecisionWidget, JSON.parse(island.dataset.props ?? '{}') as DecisionProps), island);
}

const near = new IntersectionObserver(
  (entries) => entries.forEach((entry) => entry.isIntersecting && wake(entry.target as HTMLElement)),
  { rootMargin: '800px 0px' },
);
for (const island of document.querySelectorAll<HTMLElement>('[data-decision-island]')) {
  near.observe(island);
  island.addEventListener('focusin', () => wake(island), { once: true });
}

// Reveal blocks are static story text: they only need opening, not rendering.
const reveals = [...document.querySelectorAll<HTMLElement>('[data-reveal-after]')];
if (reveals.length > 0) {
  $decisions.subscribe(({ answers }) => {
    for (const reveal of reveals) {
      reveal.dataset.state = (reveal.dataset.revealAfter ?? '') in answers ? 'open' : 'pending';
    }
  });
}
