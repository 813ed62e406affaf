import { describe, expect, it } from 'vitest';
import { LAST_REVIEW, checkReview, reviewedOn, type EditorialReview } from './review';

const good: EditorialReview = {
  date: '2026-03-01',
  by: 'the editors',
  covered: ['Every story against the checklist'],
  limits: 'It is not legal advice.',
};

describe('the editorial review record', () => {
  it('accepts a well-formed record unchanged', () => {
    expect(checkReview(good)).toBe(good);
  });

  it('rejects a date that is not a calendar day written YYYY-MM-DD, naming the file and field', () => {
    for (const date of ['2026-02-30', '1 March 2026', '2026-3-1', '']) {
      expect(() => checkReview({ ...good, date }), date).toThrow(`src/editorial/review.ts: date "${date}"`);
    }
  });

  it('rejects a record that does not say who reviewed, what was covered or what the review was not', () => {
    expect(() => checkReview({ ...good, by: ' ' })).toThrow('by is empty');
    expect(() => checkReview({ ...good, covered: [] })).toThrow('covered is empty');
    expect(() => checkReview({ ...good, covered: ['every story'] })).toThrow('covered.0');
    expect(() => checkReview({ ...good, covered: ['Every story.'] })).toThrow('covered.0');
    expect(() => checkReview({ ...good, limits: '' })).toThrow('limits');
  });

  it('holds a review that has already happened, shown as a reader reads a date', () => {
    expect(Date.parse(`${LAST_REVIEW.date}T00:00:00Z`)).toBeLessThanOrEqual(Date.now());
    expect(reviewedOn).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
});
