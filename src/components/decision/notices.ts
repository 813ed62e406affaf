import type { StorageProblem } from '../../lib/storage/engine';

/**
 * What the reader is told about a storage problem. The copy is rendered into
 * the page’s HTML by StorageNotices.astro rather than shipped in the widget's
 * JavaScript, which has a 10 KB budget.
 */
export const NOTICES: Record<StorageProblem, string> = {
  blocked: 'This browser is not letting the site save anything, so your choices will be forgotten when you leave the page.',
  full: 'This browser’s storage for the site is full, so new choices will be forgotten when you leave the page.',
  unreadable: 'Choices saved earlier on this device could not be read. They have been set aside untouched; new choices are saved as usual.',
  newer:
    'Choices on this device were saved by a newer version of the site. This page will not save over them, so today’s choices will be forgotten when you leave.',
};
