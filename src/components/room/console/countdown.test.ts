import { describe, expect, it } from 'vitest';
import { clock, pause, start, stopped, timeLeft } from './countdown';

describe('countdown', () => {
  it('counts down to a deadline, however rarely it is read', () => {
    const running = start(stopped(60_000), 1_000);
    expect(timeLeft(running, 1_000)).toBe(60_000);
    // A background tab that woke once, 45 s later, still shows the right time.
    expect(timeLeft(running, 46_000)).toBe(15_000);
    expect(timeLeft(running, 999_000)).toBe(0);
  });

  it('pauses and resumes without losing or gaining time', () => {
    const paused = pause(start(stopped(60_000), 0), 20_000);
    expect(timeLeft(paused, 500_000)).toBe(40_000);
    expect(timeLeft(start(paused, 500_000), 510_000)).toBe(30_000);
  });

  it('ignores a second start', () => {
    const running = start(stopped(10_000), 0);
    expect(start(running, 5_000)).toBe(running);
  });

  it('shows whole seconds, rounding up', () => {
    expect([clock(60_000), clock(59_001), clock(999), clock(0)]).toEqual(['1:00', '1:00', '0:01', '0:00']);
  });
});
