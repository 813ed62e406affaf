import { sessionHash, type SessionLink } from './session-link';
import { copiedText, copyText } from '../share/copy-link';

/*
 * Session pages share their link with the site's own Copy link button
 * (share/CopyLink.astro, rendered in the page with the session page's URL),
 * pointed at the current session here, with the coach's kit (k=): whoever
 * receives it runs the session as built. It hides while there is nothing to share.
 */
const box = document.querySelector<HTMLElement>('[data-session-copy]');
const page = box ? copiedText(box) : '';

export function shareSession(session: SessionLink, kit = ''): void {
  if (!box) return;
  box.hidden = session.ids.length === 0;
  copyText(box, `${page}#${sessionHash(session, undefined, kit)}`);
}
