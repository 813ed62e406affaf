import { describe, expect, it } from 'vitest';
import { clockTime, timingPlan } from './timing';
import { trackSchema } from './schema';
import { testTrack as track } from './test-track';

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

  it('gives each dilemma 10 to 12 minutes, saying why', () => {
    const plan = (dilemma: number) => ({ ...track, duration: 20 + 3 * dilemma, plan: { ...track.plan, dilemma } });
    const issues = (dilemma: number) => trackSchema.safeParse(plan(dilemma)).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
    expect([issues(10), issues(12)]).toEqual([[], []]);
    expect(issues(9)).toEqual([
      ['plan.dilemma', 'give each dilemma at least 10 minutes: a room reads, commits, argues, hears the reveal and votes again'],
    ]);
    expect(issues(13)).toEqual([
      [
        'plan.dilemma',
        'give each dilemma at most 12 minutes: by then a room has read, committed, argued, heard the reveal and voted again; keep spare minutes as slack',
      ],
    ]);
  });

  it('rejects a plan with less than five minutes of slack', () => {
    const result = trackSchema.safeParse({ ...track, duration: 47, plan: { opening: 5, dilemma: 10, slack: 2, debrief: 10 } });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'plan.slack',
      'keep at least 5 minutes of slack: no room runs to the minute',
    ]);
  });
});
