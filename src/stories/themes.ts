import { idsOf } from './ids';

/**
 * The fixed list of themes a story can belong to. A theme gets a page at
 * /themes/<id>/, so ids are permanent: rename the label, never the id.
 */
export const THEMES = {
  'client-loyalty': {
    label: 'Client loyalty',
    blurb: 'When what the client needs and what your company allows pull apart.',
  },
  'rules-and-judgement': {
    label: 'Rules and judgement',
    blurb: 'Policies written for the usual case, and the unusual case in front of you.',
  },
  incentives: {
    label: 'Commissions and incentives',
    blurb: 'Quotas, commissions and the quiet pull they have on every choice.',
  },
  honesty: {
    label: 'Honesty with clients',
    blurb: 'Billing errors, overstated features and the truths nobody asked about.',
  },
  'speaking-up': {
    label: 'Speaking up',
    blurb: 'Raising a problem with a boss, a colleague or the whole company — and how.',
  },
  promises: {
    label: 'Keeping promises',
    blurb: 'What you said at the close, and what it costs to stand by it after.',
  },
  leadership: {
    label: 'Leading a team',
    blurb: 'Managers who set the tone: what they reward, tolerate and punish.',
  },
  'conflicts-of-interest': {
    label: 'Gifts and conflicts of interest',
    blurb: 'Gifts, fees and favours that blur whose interest you are serving.',
  },
  'fair-competition': {
    label: 'Fair competition',
    blurb: 'Winning against rivals without winning the wrong way.',
  },
  'accurate-reporting': {
    label: 'Forecasts and reporting',
    blurb: 'Forecasts, pipelines and numbers that say what people want to hear.',
  },
  'bribery-and-corruption': {
    label: 'Bribery and corruption',
    blurb: 'Kickbacks, agents’ fees and favours that buy a decision someone else should make on the merits.',
  },
  'data-and-confidentiality': {
    label: 'Data and confidentiality',
    blurb: 'Prospects’ personal data, a former employer’s files and information that was never yours to use.',
  },
} as const;

export type ThemeId = keyof typeof THEMES;
export const THEME_IDS = idsOf(THEMES);
