import { h, hydrate } from 'preact';
import DecisionWidget from './DecisionWidget';
import { $decisions } from './store';
import type { DecisionProps } from './types';

/*
 * The one client entry for decisions. Astro's own islands would add their
 * runtime and renderer (about 3 KB gzip) to every story page; hydrating here
 * keeps a story page inside its 10 KB JavaScript budget. Widgets hydrate when
 * they come within 800px of the viewport, so a stored answer swaps in
 * off-screen and the page never shifts under the reader.
 */
const near = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      near.unobserve(entry.target);
      const island = entry.target as HTMLElement;
      const props = JSON.parse(island.dataset.props ?? '{}') as DecisionProps;
      hydrate(h(DecisionWidget, props), island);
    }
  },
  { rootMargin: '800px 0px' },
);
for (const island of document.querySelectorAll('[data-decision-island]')) near.observe(island);

// Reveal blocks are static story text: they only need opening, not rendering.
const reveals = [...document.querySelectorAll<HTMLElement>('[data-reveal-after]')];
if (reveals.length > 0) {
  $decisions.subscribe(({ answers }) => {
    for (const reveal of reveals) {
      reveal.dataset.state = (reveal.dataset.revealAfter ?? '') in answers ? 'open' : 'pending';
    }
  });
}
