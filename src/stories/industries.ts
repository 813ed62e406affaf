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
} as const;

export type IndustryId = keyof typeof INDUSTRIES;
export const INDUSTRY_IDS = Object.keys(INDUSTRIES) as [IndustryId, ...IndustryId[]];
