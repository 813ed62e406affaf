/** A decision as the answer pages need it: built at build time from the collection. */
export interface DecisionSummary {
  id: string;
  question: string;
  storyTitle: string;
  /** Where the decision sits in its story. */
  storyHref: string;
  dilemmaHref: string;
  choices: { id: string; label: string; consequence: string; lenses: string[] }[];
}

export interface LensLabel {
  id: string;
  label: string;
}
