import { describe, expect, it } from 'vitest';
import { checkLibrary } from './checks';
import { choice, decision, testStory } from './test-story';

describe('lens parity', () => {
  it('accepts a narrator choice that carries as many lenses as the others', () => {
    const d = decision('x', [choice('a', ['duties']), choice('b', ['duties'])], 'b');
    expect(checkLibrary([testStory('a.mdx', { decisions: [d] })])).toEqual([]);
  });

  it('allows fewer: an honest shortcut carries no lens', () => {
    const light = decision('x', [choice('a', ['duties', 'fairness']), choice('b', []), choice('c', ['fairness'])], 'b');
    expect(checkLibrary([testStory('a.mdx', { decisions: [light] })])).toEqual([]);
  });

  it('allows up to 10% more, library-wide', () => {
    // Narrator 1.1 on average, the others 1.0, each lens about as common on either side.
    const decisions = Array.from({ length: 10 }, (_, i) =>
      decision(
        `x${i}`,
        [
          choice('a', i === 1 ? ['character', 'duties'] : i === 2 ? [] : ['character']),
          choice('b', i === 0 ? ['character', 'duties'] : ['character']),
        ],
        'b',
      ),
    );
    expect(checkLibrary([testStory('a.mdx', { decisions })])).toEqual([]);
  });

  it('fails when the narrator’s choice carries more, naming where', () => {
    const heavy = decision('x', [choice('a', []), choice('b', ['duties', 'common-good']), choice('c', ['fairness'])], 'b');
    const even = decision('y', [choice('a', ['duties']), choice('b', ['duties'])], 'b');
    const problem = checkLibrary([testStory('a.mdx', { decisions: [heavy, even] })]).find((p) => p.includes('carries'));
    expect(problem).toContain('carries 1.50 lenses on average against 0.67 for the other choices');
    expect(problem).toContain('a.mdx decisions.0.choices.1.lenses');
    expect(problem).not.toContain('decisions.1.');
  });
});

describe('one lens on the narrator’s side', () => {
  it('fails when a lens sits on the narrator’s choices far more often than on the others', () => {
    // Same count of lenses either side, but common good only ever on the narrator's.
    const decisions = Array.from({ length: 4 }, (_, i) => decision(`x${i}`, [choice('a', ['duties']), choice('b', ['common-good'])], 'b'));
    expect(checkLibrary([testStory('a.mdx', { decisions })])).toEqual([
      '"common-good" is on 100% of the narrator\'s choices but 0% of the others; a reader learns that the choice claiming it is usually the narrator\'s',
    ]);
  });
});

describe('labels that justify themselves', () => {
  it.each([
    'Let the forecast stand, since the VP owns it',
    'Sign it because the client asked',
    'Send the file as asked',
    'Hold the price, as she requested',
    'Ship it, given that legal approved',
  ])('names "%s"', (label) => {
    const d = decision('x', [choice('a', ['duties'], label), choice('b')], 'b');
    expect(checkLibrary([testStory('a.mdx', { decisions: [d] })])).toEqual([
      expect.stringMatching(/^a\.mdx: decisions\.0\.choices\.0\.label ".*" gives a reason \("[^"]+"\); say only what you would do$/),
    ]);
  });

  it('accepts labels that only say what you do', () => {
    const d = decision(
      'x',
      [choice('a', ['duties'], 'Ask the buyer what she was asked to do'), choice('b', ['duties'], 'Sign the order today')],
      'b',
    );
    expect(checkLibrary([testStory('a.mdx', { decisions: [d] })])).toEqual([]);
  });
});

describe('consequences that grade', () => {
  it.each([
    'This is the right call, though it costs you.',
    'You should have asked first; it saves time.',
    'An admirable stand that loses the deal.',
  ])('names "%s"', (consequence) => {
    const d = decision('x', [choice('a', ['duties'], 'Do a', consequence), choice('b')], 'b');
    expect(checkLibrary([testStory('a.mdx', { decisions: [d] })])).toEqual([
      expect.stringMatching(/^a\.mdx: decisions\.0\.choices\.0\.consequence grades the reader/),
    ]);
  });
});

describe('descriptions that give the story away', () => {
  const body =
    'We met in Leeds.\n\n<Decision id="x" />\n\n<Reveal after="x">\n\nI returned the watch to the supplier the same day.\n\n</Reveal>\n\nIt ended.';
  it('names a description that repeats the reveal', () => {
    const story = testStory('a.mdx', {
      body,
      description: 'A supplier sends a watch, and I returned the watch to the supplier.',
      decisions: [decision('x')],
    });
    expect(checkLibrary([story])).toEqual([
      'a.mdx: description shares "i returned the watch" with what the narrator chose or what happened after; describe the situation, not how it ends',
    ]);
  });

  it('names a description that repeats the narrator’s choice', () => {
    const d = decision('x', [choice('a'), choice('b', ['duties'], 'Report the buyer to his finance director')], 'b');
    const story = testStory('a.mdx', {
      body,
      description: 'Why I had to report the buyer to his finance director in March.',
      decisions: [d],
    });
    expect(checkLibrary([story])).toEqual([expect.stringContaining('a.mdx: description shares "report the buyer to"')]);
  });

  it('ignores runs of small words', () => {
    const story = testStory('a.mdx', {
      body: body.replace('the watch', 'it to one of the'),
      description: 'It went to one of the buyers in Leeds.',
      decisions: [decision('x')],
    });
    expect(checkLibrary([story])).toEqual([]);
  });
});
