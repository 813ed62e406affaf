import { timingPlan, type TimingRow } from '../../tracks/timing';

export interface SessionMinutes {
  opening: number;
  dilemma: number;
  slack: number;
  debrief: number;
}

/**
 * Minutes for a session someone builds, until the coach changes them. Rooms
 * need 10–12 minutes a dilemma once they read, commit, argue, hear the reveal
 * and vote again (the trainer's review), so a new session plans 10, with 5 of
 * slack, 8 to open and 10 to debrief. A link that carries no minutes (every
 * link written before coaches could set them) gets these too.
 */
export const SESSION_PLAN: Readonly<SessionMinutes> = Object.freeze({ opening: 8, dilemma: 10, slack: 5, debrief: 10 });

/**
 * What a coach may set, and what a link is clamped to when read. The tracks'
 * own rules (tracks/schema.ts) ask at least 8 a dilemma, 2 to open and 3 to
 * debrief; a built session may drop its slack to 0, since the coach owns the
 * clock; the upper bounds keep a typo ("100") from planning a three-hour part.
 */
export const PLAN_LIMITS: Readonly<Record<keyof SessionMinutes, readonly [min: number, max: number]>> = Object.freeze({
  opening: [2, 30],
  dilemma: [8, 20],
  slack: [0, 30],
  debrief: [3, 45],
});

export const PLAN_PARTS = ['opening', 'dilemma', 'slack', 'debrief'] as const;

/** A whole number of minutes within the part's limits; anything else is the default. */
export function clampMinutes(part: keyof SessionMinutes, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return SESSION_PLAN[part];
  const [min, max] = PLAN_LIMITS[part];
  return Math.min(max, Math.max(min, Math.round(value)));
}

export const clampPlan = (plan: Partial<Record<keyof SessionMinutes, unknown>>): SessionMinutes => ({
  opening: clampMinutes('opening', plan.opening),
  dilemma: clampMinutes('dilemma', plan.dilemma),
  slack: clampMinutes('slack', plan.slack),
  debrief: clampMinutes('debrief', plan.debrief),
});

export const sessionPlan = (questions: string[], plan: SessionMinutes = SESSION_PLAN): TimingRow[] =>
  timingPlan(clampPlan(plan), questions);

/** Minutes from the opening to the end of the debrief. */
export const planMinutes = (rows: TimingRow[]) => rows.reduce((sum, row) => sum + row.minutes, 0);
