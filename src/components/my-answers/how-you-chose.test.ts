import { describe, expect, it } from 'vitest';
import { answersToGo, howYouChose, narratorMatches, noLens, type ChoiceFacts } from './how-you-chose';
import type { DecisionSummary } from '../../stories/summary';

const labels = ['Outcomes', 'Rights and duties', 'Fairness', 'Common good', 'Character'];
const facts = (counts: number[], rest: Partial<ChoiceFacts> = {}): ChoiceFacts => ({
  answered: 9,
  compared: 9,
  matched: 5,
  none: 0,
  lenses: labels.map((label, i) => ({ label, count: counts[i]! })),
  ...rest,
});

describe('howYouChose', () => {
  it('says how often the reader made the narrator’s choice and which lenses they leaned on most and least', () => {
    expect(howYouChose(facts([1, 6, 6, 2, 3]))).toBe(
      'You made the narrator’s choice in 5 of your 9 answers. ' +
        'Your choices leaned most often on the rights and duties lens and the fairness lens (6 of 9 each), ' +
        'and least often on the outcomes lens (1 of 9).',
    );
  });

  it('names the lenses never leaned on, and the choices argued from none', () => {
    expect(howYouChose(facts([0, 4, 2, 0, 3], { none: 2 }))).toBe(
      'You made the narrator’s choice in 5 of your 9 answers. ' +
        'Your choices leaned most often on the rights and duties lens (4 of 9), and never on the outcomes lens or the common good lens. ' +
        'Of your 9 choices, 2 were argued from none of the five lenses.',
    );
  });

  it('says which answers it could compare when some stories do not say what the narrator did', () => {
    expect(howYouChose(facts([2, 2, 2, 2, 2], { compared: 7, matched: 0 }))).toBe(
      'In 7 of your 9 answers the story says what the narrator did, and you made the same choice in 0 of them. ' +
        'Your choices leaned on every lens equally often (2 of 9 each).',
    );
  });

  it('leaves the narrator out when no story says, and says so plainly when no choice leaned on a lens', () => {
    expect(howYouChose(facts([0, 0, 0, 0, 0], { compared: 0, matched: 0, none: 9 }))).toBe(
      'Every one of your choices was argued from none of the five lenses.',
    );
  });

  it('never rates the reader', () => {
    const said = [facts([1, 6, 6, 2, 3]), facts([0, 4, 2, 0, 3], { none: 2 }), facts([9, 0, 0, 0, 0], { matched: 0 })].map(howYouChose);
    // The lens names are the site's own ("Common good"); what is left must not grade.
    const words = said.map((sentence) => sentence.replace(/the [a-z ]+ lens/g, 'the lens'));
    for (const sentence of words) expect(sentence).not.toMatch(/\b(good|bad|better|worse|right|wrong|score|selfish|own sake)\b/i);
  });
});

describe('noLens', () => {
  it('counts the lenses it is given', () => {
    expect(noLens(5)).toBe('argued from none of the five lenses');
    expect(noLens(4)).toBe('argued from none of the four lenses');
  });
});

describe('answersToGo', () => {
  it('says plainly how many more answers the summary needs', () => {
    expect(answersToGo(0)).toBe('Answer 5 decisions and this page will sum up how you chose.');
    expect(answersToGo(3)).toBe('Answer 2 more decisions and this page will sum up how you chose.');
    expect(answersToGo(4)).toBe('Answer 1 more decision and this page will sum up how you chose.');
  });
});

describe('narratorMatches', () => {
  const decision = (id: string, actual?: string): DecisionSummary => ({
    id,
    question: id,
    storyTitle: 'A story',
    storyHref: '/stories/a/',
    dilemmaHref: `/dilemmas/${id}/`,
    choices: ['a', 'b'].map((c) => ({ id: c, label: c, consequence: '', lenses: [] })),
    forces: [],
    ...(actual ? { actual } : {}),
  });

  it('compares only answers to decisions that say what the narrator did, to choices they still offer', () => {
    const decisions = [decision('one', 'a'), decision('two', 'a'), decision('three'), decision('four', 'b')];
    const answers = {
      one: { choice: 'a', at: 1 },
      two: { choice: 'b', at: 2 },
      three: { choice: 'a', at: 3 },
      four: { choice: 'gone', at: 4 },
    };
    expect(narratorMatches(answers, decisions)).toEqual({ compared: 2, matched: 1 });
  });
});
