import { idsOf } from './ids';

/**
 * What squeezes the narrator. Editorial metadata, so the library does not turn
 * every dilemma on the same deadline (see docs/writing.md).
 */
export const PRESSURES = {
  'quarter-end': 'A quarter or year closing',
  tender: 'A tender or bid deadline',
  renewal: 'A renewal at risk',
  targets: 'Quota or activity targets',
  career: 'A promotion, a job or a reputation',
  relationship: 'A relationship with a client or colleague',
  none: 'No outside pressure: only the choice',
} as const;

export type PressureId = keyof typeof PRESSURES;
export const PRESSURE_IDS = idsOf(PRESSURES);
