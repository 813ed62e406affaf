import { describe, expect, it } from 'vitest';
import { storySchema } from './schema';

const decision = {
  id: 'gift-tickets',
  question: 'Do you take the tickets?',
  setup: 'A supplier offers you cup final tickets.',
  choices: [
    { id: 'accept', label: 'Accept them', consequence: 'You enjoy the match.', lenses: ['outcomes'], beneficiaries: ['your client team'] },
    { id: 'decline', label: 'Decline them', consequence: 'You keep your distance.' },
  ],
  forces: ['reciprocity'],
};
const story = {
  title: 'The Gift',
  description: 'A supplier offers a generous gift while a decision is open.',
  published: '2025-12-02',
  themes: ['conflicts-of-interest'],
  industry: 'construction',
  pressure: 'tender',
  country: 'GB',
  narrator: { role: 'buyer' },
  ending: 'unresolved',
  cast: { people: ['Ana Ruiz'], organisations: ['Vantory'] },
  decisions: [decision],
};

const paths = (data: unknown) => storySchema.safeParse(data).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('storySchema', () => {
  it('accepts a complete story and fills defaults', () => {
    const parsed = storySchema.parse(story);
    expect(parsed.draft).toBe(false);
    expect(parsed.tags).toEqual([]);
    expect(parsed.decisions[0]?.choices[1]?.lenses).toEqual([]);
    expect(parsed.published).toEqual(new Date('2025-12-02'));
  });

  it('names the field of an unknown country, narrator role or ending, and a missing one', () => {
    expect(paths({ ...story, country: 'UK', narrator: { role: 'wizard' }, ending: 'happily-ever-after' })).toEqual([
      'country',
      'narrator.role',
      'ending',
    ]);
    const { country: _country, narrator: _narrator, ...missing } = story;
    expect(paths(missing)).toEqual(['country', 'narrator']);
  });

  it('asks each decision for one to four forces, each a kebab-case id', () => {
    expect(paths({ ...story, decisions: [{ ...decision, forces: [] }] })).toEqual(['decisions.0.forces']);
    const { forces: _forces, ...unnamed } = decision;
    expect(paths({ ...story, decisions: [unnamed] })).toEqual(['decisions.0.forces']);
    expect(paths({ ...story, decisions: [{ ...decision, forces: ['a', 'b', 'c', 'd', 'e'] }] })).toEqual(['decisions.0.forces']);
    expect(paths({ ...story, decisions: [{ ...decision, forces: ['Peer Pressure'] }] })).toEqual(['decisions.0.forces.0']);
  });

  it('refuses an updated date before the published one', () => {
    expect(paths({ ...story, updated: '2025-12-01' })).toEqual(['updated']);
    expect(paths({ ...story, updated: '2025-12-02' })).toEqual([]);
  });

  it('names the field of an unknown theme', () => {
    expect(paths({ ...story, themes: ['astrology'] })).toEqual(['themes.0']);
  });

  it('rejects a decision with fewer than two choices', () => {
    expect(paths({ ...story, decisions: [{ ...decision, choices: [decision.choices[0]] }] })).toEqual(['decisions.0.choices']);
  });

  it('rejects duplicate choice ids within a decision', () => {
    const twice = { ...decision, choices: [decision.choices[0], decision.choices[0]] };
    expect(paths({ ...story, decisions: [twice] })).toEqual(['decisions.0.choices.1.id']);
  });

  it('rejects a decision with no question', () => {
    const { question: _, ...noQuestion } = decision;
    expect(paths({ ...story, decisions: [noQuestion] })).toEqual(['decisions.0.question']);
  });

  it('rejects an "actual" that is not one of the choices', () => {
    expect(paths({ ...story, decisions: [{ ...decision, actual: 'shrug' }] })).toEqual(['decisions.0.actual']);
  });

  it('rejects a decision id used twice in one story', () => {
    expect(paths({ ...story, decisions: [decision, decision] })).toEqual(['decisions.1.id']);
  });

  it('names the field of an unknown industry or pressure, and a missing cast', () => {
    const { cast: _, ...noCast } = story;
    expect(paths({ ...noCast, industry: 'alchemy', pressure: 'vibes' })).toEqual(['industry', 'pressure', 'cast']);
  });

  it('requires beneficiaries when outcomes is the only lens, and only then', () => {
    const selfish = { id: 'keep', label: 'Keep it', consequence: 'Your month looks better.', lenses: ['outcomes'] };
    expect(paths({ ...story, decisions: [{ ...decision, choices: [selfish, decision.choices[1]] }] })).toEqual([
      'decisions.0.choices.0.beneficiaries',
    ]);
    const mixed = { ...selfish, lenses: ['outcomes', 'duties'] };
    expect(paths({ ...story, decisions: [{ ...decision, choices: [mixed, decision.choices[1]] }] })).toEqual([]);
  });

  it('accepts legal context and a credited source', () => {
    const parsed = storySchema.parse({
      ...story,
      source: { title: 'Notes from Jail' },
      decisions: [{ ...decision, legal: 'Under the UK Bribery Act 2010, hospitality can be a bribe if it is meant to influence.' }],
    });
    expect(parsed.source?.title).toBe('Notes from Jail');
    expect(parsed.decisions[0]?.legal).toContain('Bribery Act');
  });

  it('rejects ids that are not kebab-case', () => {
    expect(paths({ ...story, decisions: [{ ...decision, id: 'Gift Tickets' }] })).toEqual(['decisions.0.id']);
  });
});
