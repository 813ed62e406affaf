import type { TimingRow } from '../../tracks/timing';

/** One dilemma of a facilitator pack: everything printed on its page. */
export interface PackDilemma {
  id: string;
  question: string;
  setup: string;
  storyTitle: string;
  /** Absolute URL of the dilemma page, for its QR code. */
  url: string;
  /** Each choice with the display names of the lenses it leans on. */
  choices: { label: string; lenses: string[] }[];
  discussion: string[];
  notes: string;
  /** A session coach's own note on this dilemma, from the session's link; none for a track. */
  coachNote?: string;
  /** Titles of the forces at play, to name once the room has chosen. */
  forces: string[];
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
  dilemmas: PackDilemma[];
  /** Ids a shared session lists that the site no longer has. */
  missing: string[];
}
