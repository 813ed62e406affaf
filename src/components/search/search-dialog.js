// Loaded the first time a reader asks for search (the / key, Ctrl/Cmd+K or the
// search button), so no page carries this code before then. Served minified as
// /search-dialog.js (src/pages/search-dialog.js.ts), which also writes in
// RESULT_TEMPLATE: the search page's result-template.html, so a result looks
// the same in both places.
/* global RESULT_TEMPLATE */
let ready;

/** Opens Pagefind's search dialog, loading its UI on first use. */
export function open(base) {
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
    // Warm the index while the dialog opens.
    config.setAttribute('preload', '');
    // Pagefind's own dialog layout, but with an input whose debounce lets
    // results follow the typing (its default waits 300 ms), and the top ten
    // results: the search page has them all.
    const modal = document.createElement('pagefind-modal');
    modal.innerHTML =
      '<pagefind-modal-header><pagefind-input debounce="40"></pagefind-input></pagefind-modal-header>' +
      '<pagefind-modal-body><pagefind-summary></pagefind-summary><pagefind-results max-results="10"></pagefind-results></pagefind-modal-body>' +
      '<pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer>';
    const template = document.createElement('script');
    template.type = 'text/pagefind-template';
    template.textContent = RESULT_TEMPLATE;
    modal.querySelector('pagefind-results').append(template);
    document.head.append(css, script);
    document.body.append(config, modal);
  }).then(() => customElements.whenDefined('pagefind-modal'));
  return ready.then(() => document.querySelector('pagefind-modal').open());
}
