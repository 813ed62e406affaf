/** What the builder's filters ask for; empty values match everything. */
export interface Criteria {
  theme: string;
  lens: string;
  /** A concept id: dilemmas where that force is at play. */
  force: string;
  /** Longest story, in minutes of reading; 0 for any length. */
  minutes: number;
  /** Words that must all appear in the question or the setup. */
  text: string;
}

/** A listed dilemma as its data attributes describe it. */
export interface Listed {
  themes: string[];
  lenses: string[];
  forces: string[];
  minutes: number;
  /** Question and setup. */
  text: string;
}

/** Lower case, accents off, so "resume" finds "résumé". */
export const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function matches(item: Listed, { theme, lens, force, minutes, text }: Criteria): boolean {
  if (theme && !item.themes.includes(theme)) return false;
  if (lens && !item.lenses.includes(lens)) return false;
  if (force && !item.forces.includes(force)) return false;
  if (minutes > 0 && item.minutes > minutes) return false;
  const haystack = fold(item.text);
  return fold(text)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
