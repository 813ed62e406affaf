/** Said wherever the site prints a legal note: the dilemma page's discussion guide, every pack, the About page. */
export const NOT_LEGAL_ADVICE = 'Background for discussion, not legal advice: the law differs between countries and turns on the facts.';
