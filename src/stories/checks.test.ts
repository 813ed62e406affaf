import { describe, expect, it } from 'vitest';
import { allText, checkLibrary, nameWords, organisationStem, type CheckedStory } from './checks';

const story = (file: string, people: string[], organisations: string[], text: string, actualFirst: boolean[] = []): CheckedStory => ({
  file,
  text,
  cast: { people, organisations },
  decisions: actualFirst.map((first, i) => ({
    id: `${file}-${i}`,
    choices: [{ id: 'a' }, { id: 'b' }],
    actual: first ? 'a' : 'b',
  })),
});

describe('cast checks', () => {
  it('splits names into the words that make casts feel alike, ignoring particles and initials', () => {
    expect(nameWords('Deb Hallström')).toEqual(['deb', 'hallstrom']);
    expect(nameWords('Joris van der Berg')).toEqual(['joris', 'berg']);
    expect(nameWords('J. Okafor-Lowe')).toEqual(['okafor', 'lowe']);
  });

  it('stems organisations on their first four letters, without a leading "The"', () => {
    expect(organisationStem('Quillmark')).toBe(organisationStem('Quillstone'));
    expect(organisationStem('The Harbour Group')).toBe('harb');
  });

  it('accepts distinct casts that appear in their stories', () => {
    expect(checkLibrary([story('a.mdx', ['Deb Hallström'], ['Quillmark'], 'Deb Hallström of Quillmark'), story('b.mdx', ['Ana'], ['Vantory'], 'Ana at Vantory')])).toEqual([]);
  });

  it('names a repeated first name, surname or company stem, and the first owner', () => {
    const problems = checkLibrary([
      story('a.mdx', ['Priya Nair'], ['Corveth'], 'Priya Nair, Corveth'),
      story('b.mdx', ['Tom Nair', 'Priya'], ['Corvane'], 'Tom Nair, Priya, Corvane'),
    ]);
    expect(problems).toEqual([
      'b.mdx: cast.people.0 "Tom Nair" repeats "Priya Nair" from a.mdx; choose a name no other story uses',
      'b.mdx: cast.people.1 "Priya" repeats "Priya Nair" from a.mdx; choose a name no other story uses',
      'b.mdx: cast.organisations.0 "Corvane" repeats "Corveth" from a.mdx; choose a name no other story uses',
    ]);
  });

  it('lets a story use its own names more than once', () => {
    expect(checkLibrary([story('a.mdx', ['Ana Ruiz', 'Ruiz'], ['Vantory', 'Vantory Labs'], 'Ana Ruiz, Ruiz, Vantory Labs')])).toEqual([]);
  });

  it('names a cast member the story never mentions, accents and case aside', () => {
    expect(checkLibrary([story('a.mdx', ['Zoë Brandt', 'Nobody Here'], [], 'zoe brandt said')])).toEqual([
      'a.mdx: cast.people.1 "Nobody Here" does not appear in the story',
    ]);
  });
});

describe('where the narrator choice sits', () => {
  it('allows it first in up to 40% of decisions', () => {
    expect(checkLibrary([story('a.mdx', [], [], '', [true, true, false, false, false])])).toEqual([]);
  });

  it('fails above 40%, listing where to move it', () => {
    const [problem] = checkLibrary([story('a.mdx', [], [], '', [true, false]), story('b.mdx', [], [], '', [true])]);
    expect(problem).toContain('listed first in 2 of 3 decisions (67%)');
    expect(problem).toContain('a.mdx decisions.0.choices, b.mdx decisions.0.choices');
  });
});

describe('allText', () => {
  it('joins every string in nested frontmatter', () => {
    expect(allText({ a: 'one', b: [{ c: 'two' }, 3, null], d: { e: 'three' } }).split('\n')).toEqual(['one', 'two', '', '', 'three']);
  });
});
