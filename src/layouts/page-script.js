// Runs inline in <head> on every page, before first paint. It is the only
// JavaScript a page without decisions carries until the reader opens search.
(() => {
  const root = document.documentElement;
  const base = root.dataset.base;

  // Colour scheme: the saved choice, else the system's. Without JavaScript the
  // CSS follows the system and the toggle stays hidden.
  const key = 'jc:color-scheme';
  const media = matchMedia('(prefers-color-scheme: dark)');
  let saved = null;
  // A phone in a room hides facilitator material (base.css, .facilitator-only)
  // from the first paint, so notes never flash up before the room's code has
  // loaded: a "?room=" to join, or a stored room (room/protocol/joined.ts).
  // JoinedBanner keeps the attribute right after that, lapsed rooms included.
  let joined = location.search.includes('room=');
  try {
    saved = localStorage.getItem(key);
    joined ||= /"rooms":\{"/.test(localStorage.getItem('judgment-calls:joined'));
  } catch {
    // Storage blocked: the scheme follows the system, and the toggle works for this page.
  }
  // The toggle's label follows data-scheme in CSS (SchemeToggle.astro), so it is right from the first paint.
  const apply = (scheme) => (root.dataset.scheme = scheme);
  apply(saved === 'light' || saved === 'dark' ? saved : media.matches ? 'dark' : 'light');
  root.classList.add('js');
  root.toggleAttribute('data-joined', joined);

  media.addEventListener('change', (event) => saved || apply(event.matches ? 'dark' : 'light'));

  // Search: the dialog's code loads the first time the reader asks for it. If
  // it cannot load (no index yet, or offline), the search page explains why.
  const openSearch = () =>
    import(`${base}search-dialog.js`).then((dialog) => dialog.open(base)).catch(() => location.assign(`${base}search/`));
  const searchPage = () => document.querySelector('[data-search-page] input');

  // Offline: the service worker keeps every page (src/integrations/offline.ts).
  // A new version waits until the reader reloads, never mid-session.
  const workers = navigator.serviceWorker;
  let waiting = null;
  let reloading = false;
  // Registered a few seconds after load, so precaching never competes with the
  // page itself, or with a slow phone's first paint. Never from an embed: a
  // course page with one dilemma in a frame must not fill the host site's
  // storage with the whole library.
  addEventListener('load', () =>
    setTimeout(
      () =>
        !document.body.classList.contains('framed') &&
        workers
          ?.register(`${base}sw.js`, { scope: base })
          .then((registration) => {
            const offer = () => {
              waiting = registration.waiting;
              if (waiting && workers.controller) document.querySelector('[data-update]').hidden = false;
            };
            offer();
            registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offer));
          })
          .catch(() => {}),
      3000,
    ),
  );
  workers?.addEventListener('controllerchange', () => reloading && location.reload());

  // Keeping pages for offline use: this page, what it names (<meta name="keep-offline">,
  // a track its steps) and what an island names later (a `keep-offline` event, a
  // session its dilemmas). Each is fetched once through the service worker, which
  // keeps it (src/integrations/offline.ts); until a worker controls the page, they wait.
  const controlled = new Promise((resolve) => {
    if (workers?.controller) resolve();
    else workers?.addEventListener('controllerchange', resolve, { once: true });
  });
  // A page the shell holds is kept under its file name (room/index.html).
  const kept = (url) =>
    caches
      .match(url, { ignoreSearch: true })
      .then((hit) => hit || (url.endsWith('/') && caches.match(`${url}index.html`, { ignoreSearch: true })));
  const keep = (urls) =>
    controlled.then(() => Promise.all(urls.map((url) => kept(url).then((hit) => hit || !navigator.onLine || fetch(url))))).catch(() => {});
  document.addEventListener('keep-offline', (event) => Array.isArray(event.detail) && keep(event.detail));
  addEventListener('load', () => {
    const named = document.querySelector('meta[name="keep-offline"]')?.content.split(' ').filter(Boolean) ?? [];
    keep([location.pathname, ...named]);
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-scheme-toggle]')) {
      saved = root.dataset.scheme === 'dark' ? 'light' : 'dark';
      apply(saved);
      try {
        localStorage.setItem(key, saved);
      } catch {
        // Storage blocked: the choice lasts until the page is left.
      }
    }
    const menu = target?.closest('[data-menu-toggle]');
    if (menu) {
      const open = menu.getAttribute('aria-expanded') !== 'true';
      menu.setAttribute('aria-expanded', String(open));
      menu.closest('.site-header')?.toggleAttribute('data-menu-open', open);
    }
    if (target?.closest('[data-update-reload]') && waiting) {
      reloading = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    }
    if (target?.closest('[data-search-trigger]') && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
      event.preventDefault();
      if (searchPage()) searchPage().focus();
      else openSearch();
    }
  });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (!slash && !modK) return;
    event.preventDefault();
    if (searchPage()) searchPage().focus();
    else openSearch();
  });
})();
