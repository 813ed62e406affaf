import { readSearch, writeSearch, type SearchState } from './search-state';

interface PagefindInstance {
  /** Whether a search with no words still lists pages (those the filters allow). */
  faceted: boolean;
  triggerLoad(): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', handler: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results', handler: (results: { results: unknown[] }) => void): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

/*
 * The search page: loads Pagefind's Component UI, restores a search from the
 * address (?q= and filters) and keeps the address in step with the search, so
 * a coach can link straight to "commission" in "Honesty with clients".
 */
const page = document.querySelector<HTMLElement>('[data-search-page]');
const base = document.documentElement.dataset.base ?? '/';

async function start(page: HTMLElement) {
  try {
    await import(/* @vite-ignore */ `${base}pagefind/pagefind-component-ui.js`);
  } catch {
    page.querySelector<HTMLElement>('[data-search-unavailable]')!.hidden = false;
    return;
  }
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
  const noResults = page.querySelector<HTMLElement>('[data-no-results]')!;
  const state: SearchState = readSearch(location.search);
  const filtered = () => Object.values(state.filters).some((values) => values.length > 0);

  instance.on('search', (q, filters) => {
    state.q = q;
    state.filters = filters;
    history.replaceState(history.state, '', `${location.pathname}${writeSearch(state)}`);
    // With a filter chosen and no words (a story's tag link, or a box ticked
    // before typing), list every page the filters allow rather than nothing.
    // Pagefind reads this just after the 'search' event, before it searches;
    // with no filter either, an empty box stays an empty page.
    instance.faceted = filtered();
  });
  // Results come twenty at a time (see search.astro); a button shows more.
  const list = page.querySelector<HTMLElement>('pagefind-results')!;
  const more = page.querySelector<HTMLElement>('[data-more]')!;
  const moreButton = more.querySelector<HTMLButtonElement>('button')!;
  const STEP = 20;
  let shown = STEP;
  let total = 0;
  let focusFrom: number | null = null;
  instance.on('search', () => {
    if (focusFrom === null) shown = STEP;
    list.setAttribute('max-results', String(shown));
  });
  instance.on('results', ({ results }) => {
    total = results.length;
    noResults.hidden = !((state.q || filtered()) && total === 0);
    more.hidden = total <= shown;
    moreButton.textContent = `Show more results (${Math.min(STEP, total - shown)} of ${total - shown} more)`;
    if (focusFrom === null) return;
    // Keyboard and screen-reader users land on the first of the new results.
    const from = focusFrom;
    focusFrom = null;
    const focusNew = (tries: number) => {
      // Results load as they scroll into view: bring the first new one there,
      // then focus its first link (a result may also list sub-results).
      const result = list.querySelectorAll('.pf-result')[from];
      result?.scrollIntoView({ block: 'nearest' });
      const link = result?.querySelector<HTMLAnchorElement>('a');
      if (link) link.focus();
      else if (tries > 0) requestAnimationFrame(() => focusNew(tries - 1));
    };
    focusNew(300);
  });
  moreButton.addEventListener('click', () => {
    focusFrom = shown;
    shown += STEP;
    list.setAttribute('max-results', String(shown));
    instance.triggerSearch(state.q);
  });

  await customElements.whenDefined('pagefind-input');
  // Warm the index the moment the reader reaches the input, not during page load.
  page.querySelector('pagefind-input')?.addEventListener('focusin', () => instance.triggerLoad(), { once: true });
  const { q, filters } = state;
  if (!q && !filtered()) return;
  const input = page.querySelector<HTMLInputElement>('pagefind-input input');
  if (input) input.value = q;
  instance.triggerSearchWithFilters(q, filters);
}

if (page) void start(page);
