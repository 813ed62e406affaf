import { describe, expect, it } from 'vitest';
import { trackSchema } from './schema';
import { testTrack as track, wordsLong } from './test-track';

const issues = (data: unknown) => trackSchema.safeParse(data).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
const paths = (data: unknown) => issues(data).map(([path]) => path);

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

describe('trackSchema closing and background', () => {
  it('takes a closing of 250 words and refuses 251, giving the count and why', () => {
    expect(paths({ ...track, closing: wordsLong(250) })).toEqual([]);
    expect(issues({ ...track, closing: wordsLong(251) })).toEqual([
      [
        'closing',
        'the closing is 251 words; keep it to 250 (under two minutes spoken, at about 130 words a minute) and move the rest to background',
      ],
    ]);
  });

  it('needs a background of at least 100 words', () => {
    const { background: _background, ...none } = track;
    expect(paths(none)).toEqual(['background']);
    expect(issues({ ...track, background: wordsLong(99) })).toEqual([
      ['background', 'the background is 99 words; give the facilitator at least 100 to draw on in the debrief'],
    ]);
  });
});

describe('trackSchema pre-work and follow-up', () => {
  const prework = { story: 'the-rosy-forecast', why: 'Notice how far a forecast can drift before anyone calls it a lie.' };
  const followUp = {
    habit: 'Before you send a number to a client this fortnight, say aloud who will rely on it.',
    check: 'Which number did you send that you would now word differently?',
  };

  it('are optional, and accepted when within their lengths', () => {
    expect(paths({ ...track, prework, followUp })).toEqual([]);
  });

  it('name the field that is too short, too long or not a story id', () => {
    expect(paths({ ...track, prework: { ...prework, why: 'Read it.' } })).toEqual(['prework.why']);
    expect(paths({ ...track, prework: { ...prework, story: 'The Rosy Forecast' } })).toEqual(['prework.story']);
    expect(paths({ ...track, followUp: { ...followUp, habit: 'x'.repeat(601) } })).toEqual(['followUp.habit']);
    expect(paths({ ...track, followUp: { habit: followUp.habit } })).toEqual(['followUp.check']);
  });
});
