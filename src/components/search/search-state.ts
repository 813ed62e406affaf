/** The filters a search page can be linked with, as Pagefind names them. */
export const FILTERS = ['theme', 'tag', 'type', 'industry', 'country', 'narrator', 'force'] as const;

export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
}

/** Reads `?q=commission&theme=Honesty+with+clients` into a search. */
export function readSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { q: params.get('q')?.trim() ?? '', filters };
}

/** Writes a search back as a query string, so a coach can share the link. */
export function writeSearch({ q, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  for (const name of FILTERS) for (const value of filters[name] ?? []) params.append(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
