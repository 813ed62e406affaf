import { describe, expect, it } from 'vitest';
import { checkStoryBody } from './markers';

const body = `Once.

<Decision id="one" />

<Reveal after="one">

Then.

</Reveal>

<Decision id="two" />
`;

describe('checkStoryBody', () => {
  it('accepts decisions placed once each, in any order, with reveals after them', () => {
    expect(checkStoryBody(body, ['one', 'two'])).toEqual([]);
  });

  it('names a declared decision that is never placed', () => {
    expect(checkStoryBody(body, ['one', 'two', 'three'])).toEqual([
      'decisions: "three" is declared but no <Decision id="three" /> places it in the story',
    ]);
  });

  it('names a placed decision that is not declared', () => {
    expect(checkStoryBody(body, ['one'])).toEqual(['<Decision id="two" /> has no entry under decisions: in the frontmatter']);
  });

  it('names a decision placed twice', () => {
    expect(checkStoryBody(`${body}\n<Decision id="one" />`, ['one', 'two'])).toEqual([
      '<Decision id="one" /> appears 2 times; place each decision once',
    ]);
  });

  it('names a reveal for an unknown decision or placed before its decision', () => {
    const early = `<Reveal after="two">\n\nx\n\n</Reveal>\n\n${body}<Reveal after="nope">\n\ny\n\n</Reveal>`;
    expect(checkStoryBody(early, ['one', 'two'])).toEqual([
      '<Reveal after="two"> comes before its decision',
      '<Reveal after="nope"> names no decision placed in this story',
    ]);
  });
});
