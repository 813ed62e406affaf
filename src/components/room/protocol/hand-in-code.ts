/*
 * A hand-in: one person's answers on one phone for one room, small enough to
 * read aloud.
 *
 *   2 K7Q T9X4 0 03 213012 C4 H
 *   │ │   │    │ │  │      │  └ check character (Luhn mod 32 over everything before it)
 *   │ │   │    │ │  │      └ digest of the room's dilemmas and choices, so a code made
 *   │ │   │    │ │  │        for other content is refused (all but 1 in 1,024 times)
 *   │ │   │    │ │  └ one character per dilemma, in the room's order: 0 = not
 *   │ │   │    │ │    answered, 1 = the first choice, 2 = the second…
 *   │ │   │    │ └ order: how many answers this person has given, changed or
 *   │ │   │    │   cleared in the room's dilemmas; a code with a lower number
 *   │ │   │    │   than one already counted is older, and refused
 *   │ │   │    └ who on the phone: 0, then 1, 2… after each "someone else answers"
 *   │ │   └ the phone's random token: a later hand-in replaces an earlier one
 *   │ └ the room code the projector shows
 *   └ format version (1: no person or order; still read, as person 0, order 0)
 *
 * Positions rather than ids keep a six-dilemma track to 20 characters, short
 * enough to type when no camera works. Crockford's base 32 leaves out I, L, O
 * and U, so a code read off a screen cannot be misread, and typing is forgiving.
 */
import { ALPHABET, ROOM_LENGTH, TOKEN_LENGTH, fnv1a, normalise } from './room-code';

export { ALPHABET };
export const FORMAT = '2';
/** The first format, without person or order: codes from a page cached before format 2. */
const FORMAT_1 = '1';
/** Who on the phone (one character) and the order (two). */
const PERSON_LENGTH = 1;
const ORDER_LENGTH = 2;
export const MAX_PERSON = 31;
export const MAX_ORDER = 32 * 32 - 1;
/** Where a hand-in URL points, under the site's base. */
export const HAND_IN_PATH = 'room/hand-in/';

const HEAD = 1 + ROOM_LENGTH + TOKEN_LENGTH;
const valueOf = (char: string) => ALPHABET.indexOf(char);

export interface HandIn {
  room: string;
  token: string;
  /** Who on the phone: 0 for the first person, 1 after one "someone else answers"… */
  person: number;
  /** Higher for a later hand-in by the same person. */
  order: number;
  /** Per dilemma of the room, in order: 0 for none, else the 1-based choice. */
  answers: number[];
  digest: string;
}

/** What a room knows of its dilemmas: ids in order, each with its choice ids in order. */
export interface RoomContent {
  code: string;
  decisions: { id: string; choices: string[] }[];
}

export type Rejection = 'foreign' | 'malformed' | 'newer' | 'other-room' | 'forged' | 'older';

export type Reading = { ok: true; handIn: HandIn } | { ok: false; reason: Rejection; message: string };
export type Counted =
  | { ok: true; token: string; person: number; order: number; votes: Record<string, string | null> }
  | { ok: false; reason: Rejection; message: string };

/** The key a room counts a hand-in under: the phone's token and who on it. */
export const voterKey = (token: string, person: number) => `${token}${ALPHABET[person]}`;
/** The phone a voter key belongs to. */
export const phoneOf = (voter: string) => voter.slice(0, TOKEN_LENGTH);

/** Luhn mod N: catches every single wrong character and most swapped neighbours. */
export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const addend = factor * valueOf(body[i]!);
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / 32) + (addend % 32);
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

export const DIGEST_LENGTH = 2;

/** Two characters that change when the room's dilemmas or their choices do (FNV-1a). */
export function digest(decisions: RoomContent['decisions']): string {
  const hash = fnv1a(decisions.map((d) => `${d.id}:${d.choices.join(',')}`).join('|'));
  return ALPHABET[hash % 32]! + ALPHABET[(hash >>> 5) % 32]!;
}

/** The canonical code for one person's answers on a phone (`choices` by decision id). */
export function encodeHandIn(
  room: RoomContent,
  token: string,
  choices: Record<string, string | undefined>,
  { person = 0, order = 0 }: { person?: number; order?: number } = {},
): string {
  const answers = room.decisions.map((d) => {
    const chosen = choices[d.id];
    const index = chosen === undefined ? -1 : d.choices.indexOf(chosen);
    return ALPHABET[index + 1]!;
  });
  const who = ALPHABET[Math.min(Math.max(person, 0), MAX_PERSON)]!;
  const n = Math.min(Math.max(order, 0), MAX_ORDER);
  const when = ALPHABET[n >> 5]! + ALPHABET[n & 31]!;
  const body = `${FORMAT}${room.code}${token}${who}${when}${answers.join('')}${digest(room.decisions)}`;
  return body + checkCharacter(body);
}

/** Groups of four, for reading aloud and typing. */
export const grouped = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;

const reject = (reason: Rejection, message: string) => ({ ok: false as const, reason, message });

/**
 * Reads a typed code, a scanned QR code or a hand-in URL. Never throws: what
 * it cannot use comes back with the reason, in words for the facilitator.
 */
export function readHandIn(input: string): Reading {
  const text = input.trim().slice(0, 2000);
  let code = text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    // A URL: only a hand-in URL's fragment is a code.
    const at = text.indexOf(`/${HAND_IN_PATH}#`);
    if (at < 0) return reject('foreign', 'This is not a Judgment Calls hand-in, so it was not counted.');
    code = text.slice(at + HAND_IN_PATH.length + 2);
  } else if (text.startsWith('#')) {
    code = text.slice(1);
  }
  code = normalise(code);
  if (code === '') return reject('malformed', 'There is no code here: type the code the phone shows.');
  if (!/^[0-9A-Z]+$/.test(code) || code.length > 200) {
    return reject('foreign', 'This is not a Judgment Calls hand-in code, so it was not counted.');
  }
  if (code.length < HEAD + 1 + DIGEST_LENGTH + 1)
    return reject('malformed', 'This code is too short: check it against the phone and type it again.');
  if (checkCharacter(code.slice(0, -1)) !== code.at(-1)) {
    return reject(
      'malformed',
      'This code has a mistyped or unreadable character (its check character does not match): check it against the phone.',
    );
  }
  if (code[0] !== FORMAT && code[0] !== FORMAT_1) {
    return valueOf(code[0]!) > valueOf(FORMAT)
      ? reject('newer', 'This code comes from a newer version of the site. Reload this page to update it, then try again.')
      : reject('malformed', 'This code is not in a format the site knows.');
  }
  const extra = code[0] === FORMAT ? PERSON_LENGTH + ORDER_LENGTH : 0;
  if (code.length < HEAD + extra + 1 + DIGEST_LENGTH + 1)
    return reject('malformed', 'This code is too short: check it against the phone and type it again.');
  const field = code.slice(HEAD, HEAD + extra);
  const answers = [...code.slice(HEAD + extra, -1 - DIGEST_LENGTH)].map(valueOf);
  return {
    ok: true,
    handIn: {
      room: code.slice(1, 1 + ROOM_LENGTH),
      token: code.slice(1 + ROOM_LENGTH, HEAD),
      person: extra ? valueOf(field[0]!) : 0,
      order: extra ? valueOf(field[1]!) * 32 + valueOf(field[2]!) : 0,
      answers,
      digest: code.slice(-1 - DIGEST_LENGTH, -1),
    },
  };
}

/** Checks a hand-in against the room collecting it; on success, the vote per decision id (null: not answered). */
export function countFor(room: RoomContent, input: string): Counted {
  const reading = readHandIn(input);
  if (!reading.ok) return reading;
  const { handIn } = reading;
  if (handIn.room !== room.code) {
    return reject(
      'other-room',
      `This hand-in is for room ${handIn.room}, and this is room ${room.code}, so it was not counted. If the room was started over, ask the phone to scan the new join code and hand in again.`,
    );
  }
  const fits =
    handIn.answers.length === room.decisions.length &&
    handIn.digest === digest(room.decisions) &&
    handIn.answers.every((answer, i) => answer <= room.decisions[i]!.choices.length);
  if (!fits) {
    return reject(
      'forged',
      'This hand-in does not match this room’s dilemmas and choices, so it was not counted. It was altered, or made on an older or newer copy of the site: ask for the page to be reloaded and the answers handed in again.',
    );
  }
  const votes: Record<string, string | null> = {};
  room.decisions.forEach((d, i) => {
    const answer = handIn.answers[i]!;
    votes[d.id] = answer === 0 ? null : d.choices[answer - 1]!;
  });
  return { ok: true, token: handIn.token, person: handIn.person, order: handIn.order, votes };
}
