import { fail, key, listOf, shape, type Guard } from '../storage/guards';
import type { RoomContent } from './hand-in-code';
import { ALPHABET, ROOM_LENGTH, TOKEN_LENGTH } from './room-code';

/** A room's dilemma as both devices keep it: its id and its choices' ids, in order. */
export const roomContentGuard = shape<RoomContent['decisions'][number]>({ id: key, choices: listOf(key) });

const code =
  (length: number): Guard<string> =>
  (value, path, problems) =>
    typeof value === 'string' && value.length === length && [...value].every((c) => ALPHABET.includes(c)) ? value : fail(problems, path, 'is not a code');

export const roomCodeGuard = code(ROOM_LENGTH);
export const tokenGuard = code(TOKEN_LENGTH);
