import { h, hydrate } from 'preact';
import RehearsalNote from './RehearsalNote';

for (const island of document.querySelectorAll<HTMLElement>('[data-rehearsal-island]')) {
  hydrate(h(RehearsalNote, { decision: island.dataset.rehearsalIsland ?? '' }), island);
}
