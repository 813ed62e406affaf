import type { TimingRow } from '../../tracks/timing';
import type { LegalSource } from '../../stories/legal-sources';

/** One dilemma of a facilitator pack: everything printed on its page. */
export interface PackDilemma {
  id: string;
  question: string;
  setup: string;
  storyTitle: string;
  /** Absolute URL of the dilemma page, for its QR code. */
  url: string;
  /** Each choice with the display names of the lenses it leans on, and where it tends to lead. */
  choices: { label: string; lenses: string[]; consequence: string }[];
  /** The index in `choices` of the narrator's choice; absent when the story does not say. */
  actual?: number;
  discussion: string[];
  notes: string;
  /** A session coach's own note on this dilemma, from the session's link; none for a track. */
  coachNote?: string;
  /** Titles of the forces at play, to name once the room has chosen. */
  forces: string[];
  /** Legal or accounting context; empty when there is none. */
  legal: string;
  /** What the legal note rests on, printed as text since paper has no links. */
  sources: LegalSource[];
}

/** A whole facilitator pack, from a track (at build time) or a shared session (in the browser). */
export interface PackData {
  title: string;
  audience: string;
  /** What participants will be able to do afterwards; a shared session has none. */
  objectives: string[];
  /** Absolute URL where the room follows along (the track or the session), for the cover's QR code. */
  link: string;
  plan: TimingRow[];
  /** Paragraphs. */
  opening: string[];
  notes: string[];
  closing: string[];
  /** Paragraphs: the longer debrief text, printed after the closing. A shared session has none. */
  background?: string[];
  /** Pages to send the room before and after (a track's pre-work and follow-up), with absolute URLs. */
  beforeAndAfter?: { label: string; url: string }[];
  dilemmas: PackDilemma[];
  /** Ids a shared session lists that the site no longer has. */
  missing: string[];
  /** Absolute URL of the site's home page, for the terms on the cover. */
  home: string;
  /** The attribution line to print with the pack (editorial/licence.ts `attribution`). */
  attribution: string;
}
