import type { StorageProblem } from './storage';

export const NOTICES: Record<StorageProblem, string> = {
  blocked: 'This browser is not letting the site save anything, so your choices will be forgotten when you leave the page.',
  full: 'This browser’s storage for the site is full, so new choices will be forgotten when you leave the page.',
  unreadable:
    'Choices saved earlier on this device could not be read. They have been set aside untouched; new choices are saved as usual.',
  newer:
    'Choices on this device were saved by a newer version of the site. This page will not save over them, so today’s choices will be forgotten when you leave.',
};

let told = false;

/** The storage notice, the first time any island on the page asks; later calls get nothing. */
export function takeNotice(problem: StorageProblem | null): string {
  if (!problem || told) return '';
  told = true;
  return NOTICES[problem];
}
