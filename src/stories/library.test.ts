import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupByYear, neighbours, relatedStories, revisedOn, sortNewestFirst, storiesWithTheme } from './library';

const story = (id: string, published: string, themes: string[] = [], tags: string[] = []) => ({
  id,
  data: { published: new Date(published), themes, tags },
});

const a = story('a', '2025-02-01', ['honesty', 'promises'], ['billing']);
const b = story('b', '2026-05-01', ['honesty'], ['billing']);
const c = story('c', '2025-09-01', ['leadership'], []);
const d = story('d', '2026-01-01', ['honesty', 'promises'], []);

describe('story library helpers', () => {
  it('sorts newest first', () => {
    expect(sortNewestFirst([a, b, c, d]).map((s) => s.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('says a story was updated only when the revision came more than a day after publication', () => {
    const published = new Date('2026-03-10');
    expect(revisedOn({ published })).toBeUndefined();
    expect(revisedOn({ published, updated: new Date('2026-03-10') })).toBeUndefined();
    expect(revisedOn({ published, updated: new Date('2026-03-11') })).toBeUndefined();
    expect(revisedOn({ published, updated: new Date('2026-03-12') })).toEqual(new Date('2026-03-12'));
  });

  it('filters by theme', () => {
    expect(storiesWithTheme([a, b, c, d], 'honesty').map((s) => s.id)).toEqual(['a', 'b', 'd']);
  });

  it('groups by year, newest year first', () => {
    const years = groupByYear(sortNewestFirst([a, b, c, d]));
    expect(years.map(([year, list]) => [year, list.map((s) => s.id)])).toEqual([
      [2026, ['b', 'd']],
      [2025, ['c', 'a']],
    ]);
  });

  it('ranks related stories by shared themes, then tags, never itself', () => {
    const all = sortNewestFirst([a, b, c, d]);
    expect(relatedStories(a, all).map((s) => s.id)).toEqual(['d', 'b', 'c']);
    expect(relatedStories(a, all, 1).map((s) => s.id)).toEqual(['d']);
  });

  it('ranks exactly as sorting every other story by points, then position, would', () => {
    const reference = (target: ReturnType<typeof story>, all: ReturnType<typeof story>[], limit: number) =>
      all
        .filter((other) => other.id !== target.id)
        .map((other, index) => ({
          other,
          index,
          points:
            other.data.themes.filter((t) => target.data.themes.includes(t)).length * 10 +
            other.data.tags.filter((t) => target.data.tags.includes(t)).length,
        }))
        .sort((x, y) => y.points - x.points || x.index - y.index)
        .slice(0, limit)
        .map(({ other }) => other.id);
    const words = fc.subarray(['honesty', 'promises', 'leadership', 'incentives', 'billing', 'quota'], { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.tuple(words, words), { maxLength: 30 }), fc.integer({ min: 0, max: 5 }), (shapes, limit) => {
        const all = shapes.map(([themes, tags], i) => story(`s${i}`, '2025-01-01', themes, tags));
        for (const target of all) expect(relatedStories(target, all, limit).map((s) => s.id)).toEqual(reference(target, all, limit));
      }),
    );
  });

  it('finds the newer and older neighbours', () => {
    const all = sortNewestFirst([a, b, c, d]);
    expect(neighbours(d, all)).toEqual({ newer: b, older: c });
    expect(neighbours(b, all)).toEqual({ newer: undefined, older: d });
    expect(neighbours(a, all)).toEqual({ newer: c, older: undefined });
  });
});
