import { sessionHash, type SessionLink } from './session-link';

/*
 * Session pages share their link with the site's own Copy link button
 * (share/CopyLink.astro, rendered in the page with the session page's URL),
 * pointed at the current session here. It hides while there is nothing to share.
 */
const box = document.querySelector<HTMLElement>('[data-session-copy]');
const button = box?.querySelector<HTMLButtonElement>('[data-copy]');
const page = button?.dataset.copy ?? '';

export function shareSession(session: SessionLink): void {
  if (!box || !button) return;
  const link = `${page}#${sessionHash(session)}`;
  box.hidden = session.ids.length === 0;
  if (button.dataset.copy === link) return;
  button.dataset.copy = link;
  const input = box.querySelector('input');
  if (input) input.value = link;
  const status = box.querySelector('[role=status]');
  if (status) status.textContent = '';
}
