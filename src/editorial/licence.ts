/**
 * The licence of the site's writing (stories, dilemmas, tracks and concept
 * pages), kept apart from the code's. CC BY 4.0 lets a company use, print and
 * adapt the material in internal and paid training, with attribution; the
 * About page says why it was chosen over NC and ND.
 */
export const CONTENT_LICENCE = {
  /** The short name printed beside the work. */
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * The attribution line to print with material from the site, as the licence
 * asks: the work's title (when it has its own), its source and the licence.
 * Written out in full, since paper has no links.
 */
export const attribution = (address: string, title?: string) =>
  `${title ? `“${title}”` : 'Material'} from Judgment Calls (${address}), licensed under ${CONTENT_LICENCE.name} (${CONTENT_LICENCE.url}).`;
