import { own } from '../../../lib/storage/guards';
import type { DecisionsState } from '../../decision/store';
import type { RoomContent } from '../protocol/hand-in-code';

export interface WhoHandsIn {
  /** 0 for the phone's first person; 1, 2… after each "someone else answers" since the phone joined. */
  person: number;
  /** How many answers this person has given, changed or cleared here: higher for every later hand-in. */
  order: number;
  /** This person's answers, by decision id: another person's are left out. */
  choices: Record<string, string | undefined>;
}

/**
 * Who is handing in on this phone, read from the reader's own answer history
 * and never written to it. "Someone else answers" on one of the room's
 * dilemmas starts a new person, who hands in only what they answered; the
 * first person's hand-in, already counted, stays theirs.
 */
export function whoHandsIn(decisions: RoomContent['decisions'], state: DecisionsState, joinedAt: number): WhoHandsIn {
  const ids = new Set(decisions.map((d) => d.id));
  const events = state.history.filter((e) => ids.has(e.decision));
  const handovers = events.filter((e) => e.event === 'handover' && e.at >= joinedAt);
  const start = handovers.at(-1)?.at ?? -Infinity;
  const order = events.filter((e) => e.event !== 'handover' && e.at >= start).length;
  const choices = Object.fromEntries(
    decisions.map((d) => {
      const answer = own(state.answers, d.id);
      return [d.id, answer && answer.at >= start ? answer.choice : undefined];
    }),
  );
  return { person: handovers.length, order, choices };
}
