import RoomTally from './RoomTally';
import { mountIslands } from '../islands/mount';

// Room mode wakes on first use: its button shows and hides the panel. It is
// imported statically: a lazy import would bring Vite's preload helper, which
// weighs more than the tally itself.
mountIslands('room', RoomTally, (panel, start) => {
  const button = document.querySelector<HTMLButtonElement>(`[aria-controls="${panel.id}"]`);
  button?.addEventListener('click', () => {
    const opening = panel.hidden;
    panel.hidden = !opening;
    button.setAttribute('aria-expanded', String(opening));
    if (opening) start();
  });
});
