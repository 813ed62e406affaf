import { idsOf } from './ids';

/**
 * Ethical lenses a choice can lean on. They follow the five approaches most
 * business-ethics frameworks teach, so a workshop can map a room's choices onto
 * vocabulary the participants may already know.
 */
export const LENSES = {
  outcomes: {
    label: 'Outcomes',
    question: 'Which choice does the most good and the least harm for everyone affected?',
  },
  duties: {
    label: 'Rights and duties',
    question: 'Which choice keeps the promises, rules and obligations you are bound by?',
  },
  fairness: {
    label: 'Fairness',
    question: 'Which choice treats everyone involved equally and justly?',
  },
  'common-good': {
    label: 'Common good',
    question: 'Which choice serves the team, the company or the market as a whole?',
  },
  character: {
    label: 'Character',
    question: 'Which choice would a person of integrity make, and be proud of later?',
  },
} as const;

export type LensId = keyof typeof LENSES;
export const LENS_IDS = idsOf(LENSES);
