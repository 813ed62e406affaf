import { fetchSummary } from '../../my-answers/summaries';
import type { RoomContent } from '../protocol/hand-in-code';
import { readSessionHash, sessionHash, sessionKey } from '../../sessions/session-link';
import type { ForceLink } from '../../../stories/summary';
import { joinPath } from '../protocol/join-path';

/** A track as the room console needs it: built into the console page, a few ids each. */
export type TrackList = Record<string, { title: string; decisions: string[] }>;

export interface ScopeDecision {
  id: string;
  question: string;
  choices: { id: string; label: string }[];
  /** Named to the room once the results are revealed. */
  forces: ForceLink[];
}

export interface Scope {
  /** The room store's session key: "track:<id>" or "dilemma:<id>". */
  session: string;
  title: string;
  decisions: ScopeDecision[];
  /** Where phones join, under the site's base, with the room's code. */
  joinPath: (code: string) => string;
  /** Ids the link named that this site no longer has. */
  missing: string[];
  /** The console's fragment for this session, written the one way: kept so a hand-in opened elsewhere can link back. */
  hash: string;
}

/** What a room's hand-ins are read against: ids only, in order. */
export const roomContent = (code: string, scope: Pick<Scope, 'decisions'>): RoomContent => ({
  code,
  decisions: scope.decisions.map((d) => ({ id: d.id, choices: d.choices.map((c) => c.id) })),
});

/**
 * Reads the console's fragment ("#track:<id>" or "#dilemma:<id>") and fetches
 * each dilemma's summary. Null when the fragment names nothing this site has.
 */
export async function loadScope(hash: string, tracks: TrackList, dilemmas: string): Promise<Scope | null> {
  const raw = hash.replace(/^#/, '');
  let session: string;
  try {
    session = decodeURIComponent(raw).trim();
  } catch {
    return null;
  }
  const [kind, id = ''] = session.split(/:(.*)/s);
  let ids: string[];
  let title: string | undefined;
  // A shared session: whatever of it the site still has, as the session page itself runs it.
  let skipsMissing = false;
  let own = `#${session}`;
  if (/(^|&)d=/.test(raw)) {
    const { session: link } = readSessionHash(raw);
    ids = link.ids;
    title = link.title || 'A shared session';
    session = sessionKey(ids);
    own = `#${sessionHash(link)}`;
    skipsMissing = true;
  } else if (kind === 'track' && Object.hasOwn(tracks, id)) {
    ({ title, decisions: ids } = tracks[id]!);
  } else if (kind === 'dilemma' && id) {
    ids = [id];
  } else {
    return null;
  }
  const summaries = await Promise.all(ids.map((d) => fetchSummary(dilemmas, d)));
  const decisions = summaries.flatMap((s) =>
    s ? [{ id: s.id, question: s.question, choices: s.choices.map(({ id: c, label }) => ({ id: c, label })), forces: s.forces }] : [],
  );
  if (decisions.length === 0) return null;
  const missing = skipsMissing ? [] : ids.filter((_, i) => !summaries[i]);
  return {
    session,
    title: title ?? decisions[0]!.question,
    decisions,
    joinPath: (code) => joinPath(session, code, own),
    missing,
    hash: own,
  };
}
