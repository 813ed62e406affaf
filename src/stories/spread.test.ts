import { describe, expect, it } from 'vitest';
import { checkLibrary } from './checks';
import { opening, SPREAD_MINIMUM } from './spread';
import { choice, decision, testStory } from './test-story';
import type { CheckedStory } from './checks';

const ENDINGS = ['right-and-costly', 'right-and-rewarded', 'shortcut-fine', 'wrong-and-found-out', 'wrong-never-found-out', 'unresolved'];
const COUNTRIES = ['GB', 'US', 'DE', 'BR', 'IN', 'KE', 'JP', 'FR', 'SG', 'ZA'];
const ROLES = ['buyer', 'finance', 'account-executive', 'sales-manager', 'founder'];
// Ten kinds of opening, so no two of a ten-story library match.

/** A varied library of `n` stories that passes every spread rule. */
function library(n = SPREAD_MINIMUM, change: (story: CheckedStory, i: number) => Partial<CheckedStory> = () => ({})): CheckedStory[] {
  return Array.from({ length: n }, (_, i) => {
    const base = testStory(`s${i}.mdx`, {
      ending: ENDINGS[i % ENDINGS.length]!,
      country: COUNTRIES[i % COUNTRIES.length]!,
      role: ROLES[i % ROLES.length]!,
      decisions: [decision(`d${i}`, [choice('a'), choice('b')], 'b', 'Hand out the contract clause before the vote.')],
    });
    return { ...base, ...change(base, i) };
  });
}

describe('spread across the library', () => {
  it('passes a varied library', () => {
    expect(checkLibrary(library())).toEqual([]);
  });

  it('does not judge shares below the minimum size', () => {
    expect(checkLibrary(library(SPREAD_MINIMUM - 1, () => ({ ending: 'unresolved', country: 'GB' })))).toEqual([]);
  });

  it('fails when one ending kind holds more than 40% of stories, naming the files', () => {
    const problems = checkLibrary(library(10, (_, i) => (i < 5 ? { ending: 'right-and-costly' } : { ending: ENDINGS[1 + (i % 5)]! })));
    expect(problems).toEqual([
      expect.stringMatching(/^5 of 10 stories \(50%\) end "right-and-costly", more than 40%; change the ending of some of: s0\.mdx/),
    ]);
  });

  it('fails when two stories open with the same three words, naming both', () => {
    const same = 'Our fiscal quarter closed early.\n\nMore.';
    const problems = checkLibrary(library(3, (_, i) => (i > 0 ? { body: same.replace('early', `early ${i}`) } : {})));
    expect(problems).toEqual(['s2.mdx: body opens with "our fiscal quarter", like s1.mdx; open differently']);
  });

  it('reads the opening after headings and markers', () => {
    expect(opening(testStory('a.mdx', { body: '## The call\n\n“Nobody ever rang back,” she said.' }))).toBe('nobody ever rang');
  });

  it('fails when more than 60% open with "I"', () => {
    const problems = checkLibrary(
      library(10, (_, i) =>
        i < 7 ? { body: `I ran ${['one', 'two', 'three', 'four', 'five', 'six', 'seven'][i]} stories.\n\nThen it closed.` } : {},
      ),
    );
    expect(problems).toEqual([expect.stringContaining('7 of 10 stories (70%) open with "I"')]);
  });

  it('fails when more than 40% end on a question, quotes aside', () => {
    const problems = checkLibrary(library(10, (s, i) => (i < 5 ? { body: `${s.body}\n\nWould you have “said it?”` } : {})));
    expect(problems).toEqual([expect.stringContaining('5 of 10 stories (50%) end on a question')]);
  });

  it('fails when fewer than a third are told by someone other than the seller', () => {
    const problems = checkLibrary(library(10, (_, i) => (i < 7 ? { role: 'account-executive' } : { role: 'buyer' })));
    expect(problems).toEqual([
      expect.stringContaining('7 of 10 stories (70%) are told by the seller, more than 67%; change the narrator.role'),
    ]);
  });

  it('fails when the UK and the US hold more than 60%', () => {
    const problems = checkLibrary(library(10, (_, i) => (i < 7 ? { country: i % 2 ? 'GB' : 'US' } : {})));
    expect(problems).toEqual([expect.stringContaining('are set in the UK or the US, more than 60%; change the country')]);
  });

  it('fails when facilitator notes keep to one template, naming the fields', () => {
    const note = 'Rooms usually split here. Listen for who speaks first.';
    const problems = checkLibrary(library(10, (s, i) => (i < 5 ? { decisions: [{ ...s.decisions[0]!, notes: note }] } : {})));
    expect(problems).toEqual([
      expect.stringMatching(/^5 of 10 facilitator notes \(50%\) follow .* rewrite some of: s0\.mdx decisions\.0\.notes/),
    ]);
  });
});

describe('label lengths', () => {
  it('fails when the narrator’s label is usually the shortest, naming where', () => {
    const problems = checkLibrary(
      library(10, (s, i) => ({
        decisions: [decision(`d${i}`, [choice('a', ['duties'], 'Ring the buyer today'), choice('b', ['duties'], 'Wait')], 'b')],
      })),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^the narrator's label is the shortest in 10 decisions, where chance gives 5; .*s0\.mdx decisions\.0\.choices\.1\.label/,
      ),
    ]);
  });

  it('accepts labels of similar length, and ties', () => {
    expect(checkLibrary(library(10))).toEqual([]);
  });
});

describe('where the narrator choice sits', () => {
  const story = (file: string, firsts: boolean[]) =>
    testStory(file, { decisions: firsts.map((first, i) => decision(`${file}-${i}`, [choice('a'), choice('b')], first ? 'a' : 'b')) });

  it('allows it first in up to 35% of decisions', () => {
    expect(checkLibrary([story('a.mdx', [true, false, false])])).toEqual([]);
  });

  it('fails above 35%, listing where to move it', () => {
    const [problem] = checkLibrary([story('a.mdx', [true, false]), story('b.mdx', [true])]);
    expect(problem).toContain('listed first in 2 of 3 decisions (67%)');
    expect(problem).toContain('a.mdx decisions.0.choices, b.mdx decisions.0.choices');
  });
});
