import { describe, expect, it } from 'vitest';
import { checkLibrary } from './checks';
import { editDistance, nameWords, nearNames, organisationStem } from './names';
import { testStory } from './test-story';

const cast = (file: string, people: string[], organisations: string[] = [], text?: string) =>
  testStory(file, { cast: { people, organisations }, ...(text ? { text } : {}) });

describe('cast checks', () => {
  it('splits names into the words that make casts feel alike, ignoring particles, initials and titles', () => {
    expect(nameWords('Deb Hallström')).toEqual(['deb', 'hallstrom']);
    expect(nameWords('Joris van der Berg')).toEqual(['joris', 'berg']);
    expect(nameWords('J. Okafor-Lowe')).toEqual(['okafor', 'lowe']);
    expect(nameWords('Dr Amaka Eze')).toEqual(['amaka', 'eze']);
  });

  it('stems organisations on their first four letters, without a leading "The"', () => {
    expect(organisationStem('Quillmark')).toBe(organisationStem('Quillstone'));
    expect(organisationStem('The Harbour Group')).toBe('harb');
  });

  it('accepts distinct casts that appear in their stories', () => {
    expect(checkLibrary([cast('a.mdx', ['Deb Hallström'], ['Quillmark']), cast('b.mdx', ['Ana'], ['Vantory'])])).toEqual([]);
  });

  it('names a repeated first name, surname or company stem, and the first owner', () => {
    const problems = checkLibrary([
      cast('a.mdx', ['Priya Nair'], ['Corveth']),
      cast('b.mdx', ['Tom Nair', 'Wanjiru'], ['Corvane']),
      cast('c.mdx', ['Priya']),
    ]);
    expect(problems).toEqual([
      'b.mdx: cast.people.0 "Tom Nair" repeats "Priya Nair" from a.mdx; choose a name no other story uses',
      'b.mdx: cast.organisations.0 "Corvane" repeats "Corveth" from a.mdx; choose a name no other story uses',
      'c.mdx: cast.people.0 "Priya" repeats "Priya Nair" from a.mdx; choose a name no other story uses',
    ]);
  });

  it('lets a story use its own names more than once', () => {
    expect(checkLibrary([cast('a.mdx', ['Ana Ruiz', 'Ruiz'], ['Vantory', 'Vantory Labs'])])).toEqual([]);
  });

  it('names a cast member the story never mentions, accents and case aside', () => {
    expect(checkLibrary([cast('a.mdx', ['Zoë Brandt', 'Nobody Here'], [], 'zoe brandt said')])).toEqual([
      'a.mdx: cast.people.1 "Nobody Here" does not appear in the story',
    ]);
  });
});

describe('names a room can tell apart', () => {
  it('measures edits between words', () => {
    expect(editDistance('len', 'lena')).toBe(1);
    expect(editDistance('maria', 'mario')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('calls names near when they share three letters and differ by at most two', () => {
    expect(nearNames('len', 'lena')).toBe(true);
    expect(nearNames('anderson', 'andersen')).toBe(true);
    expect(nearNames('christopher', 'christine')).toBe(false);
    expect(nearNames('mei', 'meera')).toBe(false);
    expect(nearNames('ana', 'ana')).toBe(false);
  });

  it('names a near-miss of another story’s name, with its owner', () => {
    expect(checkLibrary([cast('a.mdx', ['Len Ollerton']), cast('b.mdx', ['Lena Park'])])).toEqual([
      'b.mdx: cast.people.0 "Lena Park" is close to "Len Ollerton" from a.mdx; choose a name no reader will confuse',
    ]);
  });

  it('names two people in one story whose first names share an initial', () => {
    expect(checkLibrary([cast('a.mdx', ['Colin Bagshaw', 'Nadia', 'Craig Bentham'])])).toEqual([
      'a.mdx: cast.people.2 "Craig Bentham" starts with the same letter as "Colin Bagshaw"; give one of them a name a room can tell apart',
    ]);
  });

  it('lets one person be listed by full and first name', () => {
    expect(checkLibrary([cast('a.mdx', ['Colin Bagshaw', 'Colin'])])).toEqual([]);
  });
});
