import { visitStep } from './progress';

/*
 * A walk-through screen: remember it for "resume", and let the arrow keys move
 * between screens, except while the reader is in a field or a radio group,
 * where the arrows already mean something.
 */
const nav = document.querySelector<HTMLElement>('[data-track-step]');
if (nav) {
  visitStep(nav.dataset.track ?? '', Number(nav.dataset.trackStep));
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('input, textarea, select, [contenteditable], [role=radiogroup], pagefind-modal')) return;
    const rel = ({ ArrowRight: 'next', ArrowLeft: 'prev' } as Record<string, string>)[event.key];
    const link = rel ? nav.querySelector<HTMLAnchorElement>(`a[rel=${rel}]`) : null;
    if (link) location.assign(link.href);
  });
}
