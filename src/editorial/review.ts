import { formatDate, isoDate } from '../utils/dates';

/**
 * The library's last editorial review: the date a trainer or a compliance
 * team can check the material against, and what the review did and did not
 * cover. One record, shown on the About page and every pack's cover.
 */
export interface EditorialReview {
  /** The day the review finished, written YYYY-MM-DD. */
  date: string;
  /** Who carried it out. */
  by: string;
  /** What it covered: each item starts with a capital and has no full stop, for a list. */
  covered: string[];
  /** What it was not, in one sentence, so nobody reads more into the date. */
  limits: string;
}

const FILE = 'src/editorial/review.ts';
const item = /^[A-Z].*[^.\s]$/;

/** Throws, naming the file and field, when the record is not one a reader can rely on; returns it unchanged. */
export function checkReview(review: EditorialReview): EditorialReview {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(review.date) ? new Date(`${review.date}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || isoDate(day) !== review.date) {
    throw new Error(`${FILE}: date "${review.date}" is not a calendar day written YYYY-MM-DD`);
  }
  if (!review.by.trim()) throw new Error(`${FILE}: by is empty: say who reviewed the library`);
  if (review.covered.length === 0) throw new Error(`${FILE}: covered is empty: say what the review covered`);
  review.covered.forEach((covered, index) => {
    if (!item.test(covered)) throw new Error(`${FILE}: covered.${index} "${covered}" must start with a capital and have no full stop`);
  });
  if (!review.limits.trim().endsWith('.')) throw new Error(`${FILE}: limits must be a sentence ending in a full stop`);
  return review;
}

/*
 * Update after each full pass of the editor's checklist (docs/writing.md):
 * the date of the last one, and only what it really covered.
 */
export const LAST_REVIEW = checkReview({
  date: '2026-12-03',
  by: 'the Judgment Calls editors',
  covered: [
    'Every story, its choices and consequences read line by line by an editor who did not write it, against the editor’s checklist: numbers, timeline, names, choices, lenses, law and consequences',
    'Every legal and accounting note checked to be hedged, placed in its country and correct as stated',
    'Every legal note’s sources named, and each official address confirmed, by one editor and re-checked by a second',
    'Every track’s learning objectives, timings, spoken closing, pre-work and follow-up read against its dilemmas by a second editor',
  ],
  limits: 'It is an editorial review, not legal advice or a lawyer’s sign-off: the law changes and turns on the facts.',
});

/** The review's date as a reader reads it: "3 December 2026". */
export const reviewedOn = formatDate(new Date(`${LAST_REVIEW.date}T00:00:00Z`));
