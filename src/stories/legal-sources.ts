import { idsOf } from './ids';

/** A statute, regulation or public guidance that a decision's legal note rests on. */
export interface LegalSource {
  /** The official title, as the publisher gives it: "Bribery Act 2010". */
  title: string;
  /** Who publishes or enacts it: "UK Parliament", "US Department of Justice". */
  publisher: string;
  /** Where the public can read it; left out when no official text is free to read. */
  url?: string;
}

/**
 * Every source a legal note may name, by id. A decision lists the ids under
 * `sources`; editors add a source here, with its official address, before a
 * note cites it, so one law is named and linked the same way everywhere.
 */
export const LEGAL_SOURCES = {
  'uk-bribery-act-2010': {
    title: 'Bribery Act 2010',
    publisher: 'UK Parliament',
    url: 'https://www.legislation.gov.uk/ukpga/2010/23/contents',
  },
  'us-fcpa': {
    title: 'Foreign Corrupt Practices Act',
    publisher: 'US Department of Justice',
    url: 'https://www.justice.gov/criminal/criminal-fraud/foreign-corrupt-practices-act',
  },
} as const satisfies Record<string, LegalSource>;

export type LegalSourceId = keyof typeof LEGAL_SOURCES;

/** Said under every legal note, wherever it is shown. */
export const NOT_LEGAL_ADVICE = 'Background for discussion, not legal advice: the law differs between countries and turns on the facts.';

/** A decision's sources as readers see them: official titles, with an address where there is one. */
export const legalSources = (ids: readonly LegalSourceId[]): LegalSource[] => ids.map((id) => LEGAL_SOURCES[id]);
export const LEGAL_SOURCE_IDS = idsOf(LEGAL_SOURCES);
