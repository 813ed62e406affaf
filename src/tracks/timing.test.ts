import { describe, expect, it } from 'vitest';
import { clockTime, timingPlan } from './timing';
import { trackSchema } from './schema';

const track = {
  title: 'A Track',
  description: 'A track used to test that the timing plan adds up.',
  audience: 'Testers',
  duration: 45,
  plan: { opening: 5, dilemma: 10, debrief: 10 },
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
      ['Debrief', 10, 35],
    ]);
  });

  it('formats offsets as a clock', () => {
    expect([clockTime(0), clockTime(5), clockTime(75)]).toEqual(['0:00', '0:05', '1:15']);
  });

  it('rejects a track whose plan does not add up to its duration, naming the field', () => {
    const result = trackSchema.safeParse({ ...track, duration: 60 });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['plan', 'the plan adds up to 45 minutes (opening 5 + 3 dilemmas × 10 + debrief 10), but duration says 60'],
    ]);
  });

  it('rejects a dilemma squeezed below six minutes', () => {
    const result = trackSchema.safeParse({ ...track, duration: 30, plan: { opening: 5, dilemma: 5, debrief: 10 } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('plan.dilemma');
  });
});
