import { fail, key, listOf, shape, type Guard } from '../../../lib/storage/guards';
import type { RoomContent } from './hand-in-code';
import { ALPHABET, ROOM_LENGTH, TOKEN_LENGTH } from './room-code';

/**
 * A list read by position: one bad item would shift every later one onto the
 * wrong dilemma or choice, so any bad item drops the whole list.
 */
const positional =
  <T>(each: Guard<T>): Guard<T[]> =>
  (value, path, problems) => {
    const before = problems.length;
    const list = listOf(each)(value, path, problems);
    return list && problems.length === before ? list : fail(problems, path, 'is not a complete list');
  };

/** A room's dilemmas as both devices keep them: ids and their choices' ids, in order. */
export const roomContentGuard = positional(shape<RoomContent['decisions'][number]>({ id: key, choices: positional(key) }));

const code =
  (length: number): Guard<string> =>
  (value, path, problems) =>
    typeof value === 'string' && value.length === length && [...value].every((c) => ALPHABET.includes(c))
      ? value
      : fail(problems, path, 'is not a code');

export const roomCodeGuard = code(ROOM_LENGTH);
export const tokenGuard = code(TOKEN_LENGTH);

/** Longest room title kept: a dilemma's question or a session's title. */
export const MAX_TITLE = 300;
export const roomTitle = (title: string) => (title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1)}…`);
