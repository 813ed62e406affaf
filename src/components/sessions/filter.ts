/** What a list's filters ask for (the session builder's, /dilemmas/, /archive/); empty values match everything. */
export interface Criteria {
  theme: string;
  lens: string;
  /** A concept id: dilemmas where that force is at play. */
  force: string;
  /** Longest story, in minutes of reading; 0 for any length. */
  minutes: number;
  /** Words that must all appear in the question or the setup. */
  text: string;
  /** A narrator role id (src/stories/roles.ts): stories told from that seat. Lists of stories ask; the builder does not. */
  narrator?: string;
}

/** A listed dilemma (or story) as its data attributes describe it. */
export interface Listed {
  themes: string[];
  lenses: string[];
  forces: string[];
  minutes: number;
  /** Question and setup. */
  text: string;
  /** Who tells the story, as role ids. */
  narrators?: string[];
}

/** Lower case, accents off, so "resume" finds "résumé". */
export const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function matches(item: Listed, { theme, lens, force, minutes, text, narrator }: Criteria): boolean {
  if (theme && !item.themes.includes(theme)) return false;
  if (narrator && !item.narrators?.includes(narrator)) return false;
  if (lens && !item.lenses.includes(lens)) return false;
  if (force && !item.forces.includes(force)) return false;
  if (minutes > 0 && item.minutes > minutes) return false;
  const haystack = fold(item.text);
  return fold(text)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
