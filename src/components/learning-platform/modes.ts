/** What each kind of package sends the platform, as the download screens say it (and /learning-platforms/ in full). */
export const MODES = {
  plain: {
    label: 'Completion and time only',
    says: 'the platform learns that a learner took part and for how long, never what they chose.',
  },
  answers: {
    label: 'With each answer',
    says: 'the platform also records, per dilemma, the id of the option chosen first: never anything the learner types.',
  },
} as const;

export const NEEDS =
  'Learners work through the dilemmas inside the course; the dilemmas load from this site, so learners’ browsers must be able to reach it.';
