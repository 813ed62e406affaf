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
  try {
    saved = localStorage.getItem(key);
  } catch {}
  const apply = (scheme) => {
    root.dataset.scheme = scheme;
    for (const button of document.querySelectorAll('[data-scheme-toggle]')) {
      button.setAttribute('aria-pressed', String(scheme === 'dark'));
    }
  };
  apply(saved === 'light' || saved === 'dark' ? saved : media.matches ? 'dark' : 'light');
  root.classList.add('js');
  document.addEventListener('DOMContentLoaded', () => apply(root.dataset.scheme));
  media.addEventListener('change', (event) => saved || apply(event.matches ? 'dark' : 'light'));

  // Search: Pagefind's UI loads the first time the reader asks for it.
  let ready;
  const openSearch = () => {
    ready ??= new Promise((resolve, reject) => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = `${base}pagefind/pagefind-component-ui.css`;
      const script = document.createElement('script');
      script.type = 'module';
      script.src = `${base}pagefind/pagefind-component-ui.js`;
      script.onload = resolve;
      script.onerror = reject;
      const config = document.createElement('pagefind-config');
      config.setAttribute('bundle-path', `${base}pagefind/`);
      config.setAttribute('base-url', base);
      document.head.append(css, script);
      document.body.append(config, document.createElement('pagefind-modal'));
    }).then(() => customElements.whenDefined('pagefind-modal'));
    // If the bundle cannot load (no index yet), the search page explains why.
    ready.then(
      () => document.querySelector('pagefind-modal').open(),
      () => location.assign(`${base}search/`),
    );
  };
  const searchPage = () => document.querySelector('[data-search-page] input');

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-scheme-toggle]')) {
      saved = root.dataset.scheme === 'dark' ? 'light' : 'dark';
      apply(saved);
      try {
        localStorage.setItem(key, saved);
      } catch {}
    }
    if (target?.closest('[data-search-trigger]') && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
      event.preventDefault();
      searchPage() ? searchPage().focus() : openSearch();
    }
  });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (!slash && !modK) return;
    event.preventDefault();
    searchPage() ? searchPage().focus() : openSearch();
  });
})();
