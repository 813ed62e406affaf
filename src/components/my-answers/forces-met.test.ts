import { describe, expect, it } from 'vitest';
import { forcesMet } from './forces-met';
import type { DecisionSummary } from '../../stories/summary';

const force = (id: string, title: string) => ({ id, title, href: `/concepts/${id}/` });
const decision = (id: string, forces: ReturnType<typeof force>[]): DecisionSummary => ({
  id,
  question: `${id}?`,
  storyTitle: 'A story',
  storyHref: '/stories/a/',
  dilemmaHref: `/dilemmas/${id}/`,
  choices: [{ id: 'a', label: 'A', consequence: 'Then A.', lenses: [] }],
  forces,
});
const decisions = [
  decision('gift', [force('reciprocity', 'Reciprocity'), force('time-pressure', 'Time pressure')]),
  decision('bill', [force('time-pressure', 'Time pressure')]),
  decision('forecast', [force('framing', 'Framing')]),
];

describe('forcesMet', () => {
  it('counts each force once per answered dilemma, most often met first', () => {
    const met = forcesMet({ gift: { choice: 'a', at: 1 }, bill: { choice: 'a', at: 2 } }, decisions);
    expect(met.map(({ id, count }) => [id, count])).toEqual([
      ['time-pressure', 2],
      ['reciprocity', 1],
    ]);
    expect(met[0]!.href).toBe('/concepts/time-pressure/');
  });

  it('ignores dilemmas not answered and answers the site no longer has', () => {
    expect(forcesMet({ gone: { choice: 'a', at: 1 } }, decisions)).toEqual([]);
    expect(forcesMet({}, decisions)).toEqual([]);
  });
});
