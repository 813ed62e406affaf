import { describe, expect, it } from 'vitest';
import { clockTime, timingPlan } from './timing';
import { trackSchema } from './schema';

const track = {
  title: 'A Track',
  description: 'A track used to test that the timing plan adds up.',
  audience: 'Testers',
  objectives: ['Recognise a plan that does not add up', 'Practise reading a timing table'],
  duration: 50,
  plan: { opening: 5, dilemma: 10, slack: 5, debrief: 10 },
  decisions: ['one', 'two', 'three'],
  opening: 'Opening words for the room.',
  closing: 'Closing words for the room.',
};

describe('timing plan', () => {
  it('lists each part with its start, the parts summing to the session', () => {
    const rows = timingPlan(track.plan, ['First?', 'Second?', 'Third?']);
    expect(rows.map((r) => [r.part, r.minutes, r.startsAt])).toEqual([
      ['Opening', 5, 0],
      ['Dilemma 1: First?', 10, 5],
      ['Dilemma 2: Second?', 10, 15],
      ['Dilemma 3: Third?', 10, 25],
      ['Slack: for the dilemma that runs long', 5, 35],
      ['Debrief', 10, 40],
    ]);
  });

  it('formats offsets as a clock', () => {
    expect([clockTime(0), clockTime(5), clockTime(75)]).toEqual(['0:00', '0:05', '1:15']);
  });

  it('rejects a track whose plan does not add up to its duration, naming the field', () => {
    const result = trackSchema.safeParse({ ...track, duration: 60 });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['plan', 'the plan adds up to 50 minutes (opening 5 + 3 dilemmas × 10 + slack 5 + debrief 10), but duration says 60'],
    ]);
  });

  it('rejects a dilemma squeezed below eight minutes', () => {
    const result = trackSchema.safeParse({ ...track, duration: 41, plan: { opening: 5, dilemma: 7, slack: 5, debrief: 10 } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('plan.dilemma');
  });

  it('rejects a plan with less than five minutes of slack', () => {
    const result = trackSchema.safeParse({ ...track, duration: 47, plan: { opening: 5, dilemma: 10, slack: 2, debrief: 10 } });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'plan.slack',
      'keep at least 5 minutes of slack: no room runs to the minute',
    ]);
  });
});
