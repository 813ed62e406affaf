/*
 * A page's present view (PresentView.astro): once it is shown, a room open on
 * this device for the same dilemma or track puts its join code where the
 * dilemma's QR code was. The room store loads only then, so a reader who
 * never presents downloads none of it. One script on the page (Astro loads
 * each component's script apart): it also brings the page's build-time QR
 * codes to the host the page was served from (share/served.ts, loaded only then).
 */
import { servedUrl } from '../../utils/url';

// Only a page served from another host than SITE_URL (a mirror) has codes to redraw: elsewhere nothing loads.
const home = new URL(import.meta.env.BASE_URL, import.meta.env.SITE ?? location.href).href;
// A load cut short (the reader moved on, the network dropped) leaves the build's codes as they are: say nothing.
const quietly = () => undefined;

if (servedUrl(home) !== home) import('../share/served').catch(quietly);

const view = document.querySelector<HTMLElement>('#present[data-room]');
let started = false;

function start() {
  if (!view || started || location.hash !== '#present') return;
  started = true;
  import('./present-room').then(({ showRoom }) => showRoom(view)).catch(quietly);
}

start();
addEventListener('hashchange', start);
