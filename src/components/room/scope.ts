import { fetchSummary } from '../my-answers/summaries';
import type { RoomContent } from './hand-in-code';

/** A track as the room console needs it: built into the console page, a few ids each. */
export type TrackList = Record<string, { title: string; decisions: string[] }>;

export interface ScopeDecision {
  id: string;
  question: string;
  choices: { id: string; label: string }[];
}

export interface Scope {
  /** The room store's session key: "track:<id>" or "dilemma:<id>". */
  session: string;
  title: string;
  decisions: ScopeDecision[];
  /** Where phones join, under the site's base, before "?room=". */
  joinPath: string;
  /** Ids the link named that this site no longer has. */
  missing: string[];
}

/** What a room's hand-ins are read against: ids only, in order. */
export const roomContent = (code: string, scope: Pick<Scope, 'decisions'>): RoomContent => ({
  code,
  decisions: scope.decisions.map((d) => ({ id: d.id, choices: d.choices.map((c) => c.id) })),
});

/** The console's address for a session: "/room/#track:<id>". */
export const consoleHash = (session: string) => `#${session}`;

/**
 * Reads the console's fragment ("#track:<id>" or "#dilemma:<id>") and fetches
 * each dilemma's summary. Null when the fragment names nothing this site has.
 */
export async function loadScope(hash: string, tracks: TrackList, dilemmas: string): Promise<Scope | null> {
  const session = decodeURIComponent(hash.replace(/^#/, '')).trim();
  const [kind, id = ''] = session.split(/:(.*)/s);
  let ids: string[];
  let title: string | undefined;
  let joinPath: string;
  if (kind === 'track' && Object.hasOwn(tracks, id)) {
    ({ title, decisions: ids } = tracks[id]!);
    joinPath = `tracks/${id}/`;
  } else if (kind === 'dilemma' && id) {
    ids = [id];
    joinPath = `dilemmas/${id}/`;
  } else {
    return null;
  }
  const summaries = await Promise.all(ids.map((d) => fetchSummary(dilemmas, d)));
  const decisions = summaries.flatMap((s) => (s ? [{ id: s.id, question: s.question, choices: s.choices.map(({ id: c, label }) => ({ id: c, label })) }] : []));
  if (decisions.length === 0) return null;
  return { session, title: title ?? decisions[0]!.question, decisions, joinPath, missing: ids.filter((d, i) => !summaries[i]) };
}
