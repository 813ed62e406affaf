import { describe, expect, it } from 'vitest';
import { matches, type Criteria, type Listed } from './filter';

const item: Listed = {
  themes: ['honesty', 'incentives'],
  lenses: ['duties'],
  forces: ['time-pressure', 'framing'],
  minutes: 5,
  text: 'Do you flag the double billing? The client’s résumé…',
};
const any: Criteria = { theme: '', lens: '', force: '', minutes: 0, text: '' };

describe('filtering the dilemmas', () => {
  it('matches everything when nothing is asked', () => {
    expect(matches(item, any)).toBe(true);
  });

  it('filters by the forces at play', () => {
    expect(matches(item, { ...any, force: 'framing' })).toBe(true);
    expect(matches(item, { ...any, force: 'sunk-cost' })).toBe(false);
    expect(matches(item, { ...any, force: 'framing', lens: 'fairness' })).toBe(false);
  });

  it('filters by theme, lens and story length', () => {
    expect(matches(item, { ...any, theme: 'honesty' })).toBe(true);
    expect(matches(item, { ...any, theme: 'leadership' })).toBe(false);
    expect(matches(item, { ...any, lens: 'duties' })).toBe(true);
    expect(matches(item, { ...any, lens: 'fairness' })).toBe(false);
    expect(matches(item, { ...any, minutes: 5 })).toBe(true);
    expect(matches(item, { ...any, minutes: 4 })).toBe(false);
  });

  it('filters stories by who tells them', () => {
    const story: Listed = { ...item, narrators: ['buyer'] };
    expect(matches(story, { ...any, narrator: 'buyer' })).toBe(true);
    expect(matches(story, { ...any, narrator: 'sales-manager' })).toBe(false);
    expect(matches(item, { ...any, narrator: 'buyer' })).toBe(false);
    expect(matches(item, any)).toBe(true);
  });

  it('finds every word of the search in the question or setup, ignoring case and accents', () => {
    expect(matches(item, { ...any, text: 'BILLING resume' })).toBe(true);
    expect(matches(item, { ...any, text: 'billing gift' })).toBe(false);
  });
});
