import { mountIslands } from '../../../lib/islands/mount';
import { $workshop, keepWorkshopOpen } from '../../decision/workshop';

// The page's "In a workshop" panel opens as the reader last left it, here or under an answer.
for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-workshop]')) {
  details.open = $workshop.get().open;
  details.addEventListener('toggle', () => keepWorkshopOpen(details.open));
}

// Room mode wakes on first use: its button shows and hides the panel, and the
// tally's code loads only then, since most readers never count a room. The
// panel shows once the tally is live, so no early tap lands on inert markup.
mountIslands('room', { lazy: () => import('./RoomTally') }, (panel, start) => {
  const button = document.querySelector<HTMLButtonElement>(`[aria-controls="${panel.id}"]`);
  const show = (open: boolean) => {
    panel.hidden = !open;
    button?.setAttribute('aria-expanded', String(open));
  };
  button?.addEventListener('click', () => {
    if (!panel.hidden) return show(false);
    void start().then(() => show(true));
  });
});
