import type { ForceLink } from '../../stories/summary';

/** What a decision island is given at build time: plain, serialisable data. */
export interface ChoiceProps {
  id: string;
  label: string;
  consequence: string;
  /** Display names of the ethical lenses this choice leans on. */
  lenses: string[];
}

export interface DecisionProps {
  /** The decision id; its heading carries the same id. */
  id: string;
  choices: ChoiceProps[];
  /** The choice the narrator actually made, if the story says. */
  actual?: string;
  /** The forces at play, linked to their concept pages: shown only after a commit. */
  forces?: ForceLink[];
}
