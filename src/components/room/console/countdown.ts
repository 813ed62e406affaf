/**
 * A countdown kept as a deadline, not as a count of ticks: a throttled
 * background tab may tick once a minute, but the time left is always read
 * from the clock.
 */
export interface Countdown {
  /** When it reaches zero, in ms since the epoch; null while paused or stopped. */
  deadline: number | null;
  /** Time left while paused or stopped, in ms. */
  left: number;
}

export const stopped = (ms: number): Countdown => ({ deadline: null, left: ms });

export const timeLeft = (c: Countdown, now: number) => (c.deadline === null ? c.left : Math.max(0, c.deadline - now));

export const start = (c: Countdown, now: number): Countdown => (c.deadline === null ? { deadline: now + c.left, left: c.left } : c);

export const pause = (c: Countdown, now: number): Countdown => stopped(timeLeft(c, now));

/** "2:05": whole seconds, rounded up so the clock shows 0:00 only when time is up. */
export const clock = (ms: number) => {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};
