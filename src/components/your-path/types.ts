import type { ForceLink } from '../../stories/summary';

/** A story's decisions and closing material, as the "Your path" card is given them at build time. */
export interface PathProps {
  /** The story's id: its closing note is kept under "story:<id>". */
  story: string;
  decisions: {
    id: string;
    question: string;
    /** The narrator's choice, if the story says. */
    actual?: string | undefined;
    /** Each choice with the display names of its lenses. */
    choices: { id: string; label: string; lenses: string[] }[];
    forces: ForceLink[];
  }[];
  /** "Why careful people take this route", when the story has it. */
  route?: string | undefined;
  /** The question the reader answers in writing at the end. */
  reflection?: string | undefined;
  /** Two discussion questions from the story's decisions. */
  questions: string[];
  /** Each decision's legal context, with its question. */
  legal: { question: string; text: string }[];
}
