const WORDS_PER_MINUTE = 230;

/** Counts the words a reader sees in an MDX body, skipping component markers. */
export function countWords(body: string): number {
  const text = body.replace(/<[^>]*>/g, ' ').replace(/[#>*_`[\]()!-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read, rounded up, never less than one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.ceil(countWords(body) / WORDS_PER_MINUTE));
}
