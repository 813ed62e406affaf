import { mountIslands } from '../islands/mount';

// Room mode wakes on first use: its button shows and hides the panel, and the
// tally's code loads only then, since most readers never count a room.
mountIslands('room', { lazy: () => import('./RoomTally') }, (panel, start) => {
  const button = document.querySelector<HTMLButtonElement>(`[aria-controls="${panel.id}"]`);
  button?.addEventListener('click', () => {
    const opening = panel.hidden;
    panel.hidden = !opening;
    button.setAttribute('aria-expanded', String(opening));
    if (opening) start();
  });
});
