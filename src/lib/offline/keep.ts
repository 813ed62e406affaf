/**
 * Asks for addresses to be kept for offline use, once a service worker runs
 * (the page script listens: src/layouts/page-script.js). For what an island
 * learns only in the browser, such as a shared session's dilemmas.
 */
export function keepOffline(urls: string[]): void {
  document.dispatchEvent(new CustomEvent('keep-offline', { detail: urls }));
}
