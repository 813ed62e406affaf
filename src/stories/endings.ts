import { idsOf } from './ids';

/**
 * How a story ends for its narrator. Editorial metadata, never shown to
 * readers (it would give the story away): the checks keep any one kind below
 * a share of the library, so doing right is not always costly and the
 * narrator is not always the one who pays.
 */
export const ENDINGS = {
  'right-and-costly': 'Did what they thought right, and paid for it',
  'right-and-rewarded': 'Did what they thought right, and it paid off',
  'shortcut-fine': 'Took the shortcut, and it turned out fine',
  'wrong-and-found-out': 'Got it wrong, and it came out',
  'wrong-never-found-out': 'Got it wrong, and nobody ever knew',
  unresolved: 'Still open, or genuinely mixed',
} as const;

export type EndingId = keyof typeof ENDINGS;
export const ENDING_IDS = idsOf(ENDINGS);
