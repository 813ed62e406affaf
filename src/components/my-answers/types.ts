export interface LensLabel {
  id: string;
  label: string;
  /** The lens's one-line definition, from src/stories/lenses.ts. */
  question: string;
}

/** A story as My answers needs it: to group answers under it and to suggest what to read next. */
export interface StoryLink {
  id: string;
  title: string;
  href: string;
  description: string;
  /** Its decisions' ids, in story order. */
  decisions: string[];
  /** Its themes' labels. */
  themes: string[];
}
