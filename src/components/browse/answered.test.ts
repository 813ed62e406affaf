import { describe, expect, it } from 'vitest';
import { answeredText } from './answered';
import { continueWith, type StoryLink } from './continue';

const given = (at: number) => ({ choice: 'a', at });
const box: StoryLink = { title: 'The Box', href: '/stories/box/', decisions: ['box-1', 'box-2', 'box-3'] };
const invoice: StoryLink = { title: 'The Invoice', href: '/stories/invoice/', decisions: ['inv-1', 'inv-2'] };

describe('what a list says the reader has answered', () => {
  it('says nothing before the first answer, "n of m" part way, "Answered" when all are', () => {
    expect(answeredText(box.decisions, {})).toBe('');
    expect(answeredText(box.decisions, { 'box-1': given(1), 'inv-1': given(2) })).toBe('1 of 3 answered');
    expect(answeredText(box.decisions, { 'box-1': given(1), 'box-2': given(2), 'box-3': given(3) })).toBe('Answered');
    expect(answeredText(['inv-1'], { 'inv-1': given(2) })).toBe('Answered');
  });

  it('never counts an inherited key as an answer', () => {
    expect(answeredText(['constructor', 'toString'], {})).toBe('');
  });
});

describe('continue where you left off', () => {
  it('offers nothing to a new reader, or to one who finished every story begun', () => {
    expect(continueWith([box, invoice], {})).toBeNull();
    expect(continueWith([invoice], { 'inv-1': given(1), 'inv-2': given(2) })).toBeNull();
  });

  it('picks the story answered in most recently that still has a decision open, at its first open one', () => {
    const answers = { 'box-1': given(5), 'box-3': given(6), 'inv-1': given(3) };
    expect(continueWith([box, invoice], answers)).toEqual({ story: box, decision: 'box-2', step: 2 });
    expect(continueWith([box, invoice], { ...answers, 'inv-1': given(9) })).toEqual({ story: invoice, decision: 'inv-2', step: 2 });
  });

  it('passes over a finished story even when it was answered last', () => {
    const answers = { 'box-1': given(1), 'inv-1': given(8), 'inv-2': given(9) };
    expect(continueWith([box, invoice], answers)).toEqual({ story: box, decision: 'box-2', step: 2 });
  });
});
