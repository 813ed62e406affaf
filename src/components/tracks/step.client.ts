import { visitStep } from './progress';
import { arrowKeysFollow } from '../../utils/arrow-keys';

// A walk-through screen: remember it for "resume", and step with the arrow keys,
// from present view to present view while the room is looking at one.
const nav = document.querySelector<HTMLElement>('[data-track-step]');
if (nav) {
  visitStep(nav.dataset.track ?? '', Number(nav.dataset.trackStep));
  arrowKeysFollow((rel) => (document.querySelector('.present:target') ?? nav).querySelector<HTMLAnchorElement>(`a[rel=${rel}]`));
}
