import { idsOf } from './ids';

/**
 * The fixed list of industries a story is set in. Editors use it to keep the
 * library varied; readers see the label on each story and can filter search by it.
 */
export const INDUSTRIES = {
  software: 'Software',
  manufacturing: 'Manufacturing',
  'medical-devices': 'Medical devices',
  pharmaceuticals: 'Pharmaceuticals',
  'financial-services': 'Financial services',
  insurance: 'Insurance',
  logistics: 'Logistics',
  agency: 'Agency',
  'public-sector': 'Public sector',
  construction: 'Construction',
  telecoms: 'Telecoms',
  'consumer-goods': 'Consumer goods',
  hospitality: 'Hospitality and events',
  energy: 'Energy',
  retail: 'Retail',
  automotive: 'Automotive',
  agriculture: 'Agriculture',
  education: 'Education',
  healthcare: 'Healthcare',
  'real-estate': 'Real estate',
  media: 'Media and advertising',
  mining: 'Mining and commodities',
  travel: 'Travel',
  'professional-services': 'Professional services',
  chemicals: 'Chemicals',
  'food-and-drink': 'Food and drink',
  recruitment: 'Recruitment',
} as const;

export type IndustryId = keyof typeof INDUSTRIES;
export const INDUSTRY_IDS = idsOf(INDUSTRIES);
