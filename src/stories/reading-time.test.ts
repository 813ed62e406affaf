import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('reading time', () => {
  it('counts prose words and skips component markers and markdown', () => {
    expect(countWords('## A heading\n\nTwo *words* here.\n\n<Decision id="x" />\n\n<Reveal after="x">\n\nEnd.\n\n</Reveal>')).toBe(6);
  });

  it('rounds up to whole minutes, at least one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(231))).toBe(2);
  });
});
