import { timingPlan, type TimingRow } from '../../tracks/timing';

/**
 * Minutes for a session someone builds: the tracks' own plans run 6–8 minutes
 * to open, 8–10 per dilemma, 5 or more of slack and 10–14 to debrief, so a built
 * session is planned the same way, with the same timing plan a track shows.
 */
export const SESSION_PLAN = { opening: 5, dilemma: 8, slack: 5, debrief: 10 } as const;

export const sessionPlan = (questions: string[]): TimingRow[] => timingPlan(SESSION_PLAN, questions);

/** Minutes from the opening to the end of the debrief. */
export const planMinutes = (rows: TimingRow[]) => rows.reduce((sum, row) => sum + row.minutes, 0);
