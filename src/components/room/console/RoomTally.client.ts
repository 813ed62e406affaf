import { mountIslands } from '../../../lib/islands/mount';

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
