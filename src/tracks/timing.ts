import type { z } from 'astro/zod';
import type { planSchema } from './schema';

export interface TimingRow {
  part: string;
  minutes: number;
  /** Minutes from the start of the session. */
  startsAt: number;
}

/** The session as a facilitator runs it: each part with its length and when it starts. */
export function timingPlan(plan: z.infer<typeof planSchema>, dilemmas: string[]): TimingRow[] {
  const parts = [
    { part: 'Opening', minutes: plan.opening },
    ...dilemmas.map((question, index) => ({ part: `Dilemma ${index + 1}: ${question}`, minutes: plan.dilemma })),
    { part: 'Slack: for the dilemma that runs long', minutes: plan.slack },
    { part: 'Debrief', minutes: plan.debrief },
  ];
  let clock = 0;
  return parts.map((row) => {
    const startsAt = clock;
    clock += row.minutes;
    return { ...row, startsAt };
  });
}

/** "0:05" style clock for a minute offset. */
export const clockTime = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
