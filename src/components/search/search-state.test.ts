import { describe, expect, it } from 'vitest';
import { readSearch, writeSearch } from './search-state';

describe('search state in the URL', () => {
  it('reads the query and known filters', () => {
    expect(readSearch('?q=commission&theme=Honesty+with+clients&theme=Keeping+promises&tag=billing&colour=red')).toEqual({
      q: 'commission',
      filters: { theme: ['Honesty with clients', 'Keeping promises'], tag: ['billing'] },
    });
  });

  it('reads an empty address as an empty search', () => {
    expect(readSearch('')).toEqual({ q: '', filters: {} });
  });

  it('writes what it reads', () => {
    const search = '?q=gift&theme=Gifts+and+conflicts+of+interest&type=Story';
    expect(writeSearch(readSearch(search))).toBe(search);
  });

  it('leaves out empty parts', () => {
    expect(writeSearch({ q: '  ', filters: { theme: [] } })).toBe('');
  });
});
