/**
 * The data contracts of the summaries the build writes for the browser
 * (/dilemmas/<id>/summary.json): what My answers, the room and a shared
 * session read about a decision without loading its story.
 */

/** A force at play in a dilemma, linked to its concept page. */
export interface ForceLink {
  id: string;
  title: string;
  href: string;
}

/** A decision as the answer pages need it: built at build time from the collection. */
export interface DecisionSummary {
  id: string;
  question: string;
  storyTitle: string;
  /** Where the decision sits in its story. */
  storyHref: string;
  dilemmaHref: string;
  choices: { id: string; label: string; consequence: string; lenses: string[] }[];
  /** The id of the choice the narrator made, when the story says; a summary cached before it existed has none. */
  actual?: string;
  /** The forces at play, strongest first: shown only once the reader has answered. */
  forces: ForceLink[];
}

/** A decision as /dilemmas/<id>/summary.json gives it: enough to run and print it in a session. */
export interface DilemmaFile extends DecisionSummary {
  setup: string;
  /** Open questions for the room. */
  discussion: string[];
  /** For whoever runs the discussion; empty when the story has none. */
  notes: string;
  /** Legal or accounting context, shown as background and not legal advice; empty when there is none. */
  legal: string;
  /** What the legal note rests on: official titles, linked where the text is public. */
  sources: { title: string; url?: string }[];
}
