import { describe, expect, it } from 'vitest';
import { checkConceptBody } from './body';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const body = (explanation: string, sections = ['How it shows up in selling', 'What helps']) =>
  [`## What it is`, '', explanation, ...sections.flatMap((s) => ['', `## ${s}`, '', 'Text.'])].join('\n');

describe('checkConceptBody', () => {
  it('passes the three sections in order with a 150 to 300 word explanation', () => {
    expect(checkConceptBody(body(words(150)))).toEqual([]);
    expect(checkConceptBody(body(words(300)))).toEqual([]);
  });

  it('counts the explanation alone, and names a short or long one', () => {
    expect(checkConceptBody(body(words(149)))).toEqual(['body: "What it is" has 149 words; write 150 to 300']);
    expect(checkConceptBody(body(words(301)))).toEqual(['body: "What it is" has 301 words; write 150 to 300']);
  });

  it('names a missing, repeated or reordered section', () => {
    const message = 'body: needs the sections "## What it is", "## How it shows up in selling", "## What helps", in that order, each once';
    expect(checkConceptBody(body(words(200), ['How it shows up in selling']))).toEqual([message]);
    expect(checkConceptBody(body(words(200), ['What helps', 'How it shows up in selling']))).toEqual([message]);
    expect(checkConceptBody(body(words(200), ['How it shows up in selling', 'What helps', 'What helps']))).toEqual([message]);
  });
});
