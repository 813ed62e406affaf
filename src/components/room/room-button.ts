import { openRoom } from './mount';

// Room mode renders on first use. It is imported statically: a lazy import
// would bring Vite's preload helper, which weighs more than the tally itself.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-room-open]')) {
  button.addEventListener('click', () => {
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!panel) return;
    const opening = panel.hidden;
    panel.hidden = !opening;
    button.setAttribute('aria-expanded', String(opening));
    if (opening && !panel.dataset.ready) {
      panel.dataset.ready = 'true';
      openRoom(panel, JSON.parse(panel.dataset.props ?? '{}'));
    }
  });
}
