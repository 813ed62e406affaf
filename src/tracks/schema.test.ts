import { describe, expect, it } from 'vitest';
import { trackSchema } from './schema';

const track = {
  title: 'Honest Numbers',
  description: 'Five dilemmas about invoices and forecasts, where every sentence can be true.',
  audience: 'Account executives',
  objectives: ['Recognise when a true sentence leaves a false picture', 'Practise the words that correct it the same day'],
  duration: 35,
  plan: { opening: 4, dilemma: 8, slack: 5, debrief: 10 },
  decisions: ['double-invoice', 'held-signature'],
  opening: 'Open the session with the ground rules.',
  closing: 'Close the session with one habit to try.',
};
const paths = (data: unknown) => trackSchema.safeParse(data).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('trackSchema learning objectives', () => {
  it('accepts two to five objectives, each a capitalised verb and no full stop', () => {
    expect(paths(track)).toEqual([]);
  });

  it('names a missing list, too few or too many, and an objective written as a sentence', () => {
    const { objectives: _objectives, ...none } = track;
    expect(paths(none)).toEqual(['objectives']);
    expect(paths({ ...track, objectives: [track.objectives[0]] })).toEqual(['objectives']);
    expect(paths({ ...track, objectives: Array(6).fill(track.objectives[0]) })).toEqual(['objectives']);
    expect(paths({ ...track, objectives: [track.objectives[0], 'participants will recognise the picture.'] })).toEqual(['objectives.1']);
  });
});
