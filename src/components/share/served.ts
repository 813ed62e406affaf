/*
 * QR codes and short addresses drawn at build time name SITE_URL. On a page
 * served from another host (a mirror on an intranet) they are redrawn with
 * that host's address, so a phone scanning the screen reaches the copy the
 * room is using. The encoder loads only then: on SITE_URL nothing changes.
 * Imported for its effect by the script of a page that draws codes at build time.
 */
import { h, render } from 'preact';
import { servedUrl, shortUrl } from '../../utils/url';

for (const text of document.querySelectorAll<HTMLElement>('[data-short-url]')) {
  text.textContent = shortUrl(servedUrl(text.dataset.shortUrl ?? ''));
}

// A present view draws its own code, from the room store, when it is shown (dilemma/present-room.ts).
const moved = [...document.querySelectorAll<SVGSVGElement>('svg.qr[data-qr]')].filter(
  (svg) => !svg.closest('.present') && servedUrl(svg.dataset.qr ?? '') !== svg.dataset.qr,
);
if (moved.length > 0) {
  void import('./Qr').then(({ default: Qr }) => {
    for (const svg of moved) {
      if (!svg.isConnected) continue;
      // The same component draws the new code, keeping the old one's classes.
      const holder = document.createElement('div');
      const classes = [...svg.classList].filter((name) => name !== 'qr').join(' ');
      render(h(Qr, { href: servedUrl(svg.dataset.qr ?? ''), class: classes }), holder);
      if (holder.firstElementChild) svg.replaceWith(holder.firstElementChild);
    }
  });
}
