import { sessionHash } from '../../sessions/session-link';
import type { JoinedRoom } from '../protocol/joined';

/**
 * Where a room's dilemma (its place in the room, from 0) is on a phone: the
 * track's step, the dilemma's page, or the step of the shared session, whose
 * ids and title the joined room keeps (its audience line is not kept).
 */
export function roomDilemmaPage(base: string, session: string, room: JoinedRoom, index: number): string {
  const [kind, id = ''] = session.split(/:(.*)/s);
  if (kind === 'track') return `${base}tracks/${id}/${index + 1}/`;
  if (kind === 'dilemma') return `${base}dilemmas/${id}/`;
  const ids = room.decisions.map((d) => d.id);
  return `${base}sessions/#${sessionHash({ title: room.title, audience: '', ids }, { at: 'step', step: index + 1 })}`;
}

/** Where the room is for this phone: the first dilemma not yet revealed to it (the last, once all are). */
export function roomPlace(room: JoinedRoom): number {
  const next = room.decisions.findIndex((d) => !room.revealed.includes(d.id));
  return next < 0 ? room.decisions.length - 1 : next;
}
