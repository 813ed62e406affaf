import { describe, expect, it } from 'vitest';
import { countWords, decisionWords, readingMinutes, storyMinutes } from './reading-time';

const decision = {
  setup: 'Three words here.',
  question: 'Do you sign?',
  choices: [
    { label: 'Sign it', consequence: 'One two three four.' },
    { label: 'Wait a week', consequence: 'One two.' },
  ],
};

describe('reading time', () => {
  it('counts prose words and skips component markers and markdown', () => {
    expect(countWords('## A heading\n\nTwo *words* here.\n\n<Decision id="x" />\n\n<Reveal after="x">\n\nEnd.\n\n</Reveal>')).toBe(6);
  });

  it('rounds up to whole minutes, at least one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(231))).toBe(2);
  });

  it('counts each decision: setup, question, every choice and one consequence', () => {
    // 3 setup + 3 question + 2 + 3 labels + the average consequence (4 and 2: 3).
    expect(decisionWords(decision)).toBe(14);
  });

  it('adds the decisions to the prose at the same pace', () => {
    expect(readingMinutes('word '.repeat(220))).toBe(1);
    expect(readingMinutes('word '.repeat(220), [decision])).toBe(2);
    expect(storyMinutes({ body: 'word '.repeat(220), data: { decisions: [decision] } })).toBe(2);
    expect(storyMinutes({ data: { decisions: [] } })).toBe(1);
  });
});
