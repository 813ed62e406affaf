/*
 * QR codes and short addresses drawn at build time name SITE_URL. On a page
 * served from another host (a mirror on an intranet) they are redrawn with
 * that host's address, so a phone scanning the screen reaches the copy the
 * room is using. The encoder loads only then, and only once such a code nears
 * the screen: on SITE_URL nothing changes.
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
/** Draws one moved code again for the served host; the encoder loads with the first. */
function redraw(svg: SVGSVGElement) {
  import('./Qr')
    .then(({ default: Qr }) => {
      if (!svg.isConnected) return;
      // The same component draws the new code, keeping the old one's classes.
      const holder = document.createElement('div');
      const classes = [...svg.classList].filter((name) => name !== 'qr').join(' ');
      render(h(Qr, { href: servedUrl(svg.dataset.qr ?? ''), class: classes }), holder);
      if (holder.firstElementChild) svg.replaceWith(holder.firstElementChild);
    })
    // A load cut short (the reader moved on) leaves the build's code: it still opens the site's own copy.
    .catch(() => undefined);
}

// Only once a code comes near the screen: a reader who never scrolls to the
// share panel downloads no encoder, even on a mirror.
if (moved.length > 0) {
  const watch = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        watch.unobserve(entry.target);
        redraw(entry.target as SVGSVGElement);
      }
    },
    { rootMargin: '200px' },
  );
  for (const svg of moved) watch.observe(svg);
}
