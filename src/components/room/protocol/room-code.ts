/*
 * The characters of room codes, phone tokens and hand-in codes: Crockford's
 * base 32, which leaves out I, L, O and U so nothing read off a screen is
 * misread. Kept apart from hand-in-code.ts because every dilemma page needs
 * these few lines and only the room's own pages need the rest.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ROOM_LENGTH = 3;
export const TOKEN_LENGTH = 4;

/** A random code of the alphabet; `random` is for tests. */
export function randomCode(length: number, random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  return [...random(length)].map((byte) => ALPHABET[byte % 32]).join('');
}

/** FNV-1a over a string: a short, stable number for hand-in digests and reveal codes. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Forgives what people mistype: case, spaces, dashes, O for 0, I or L for 1, U for V. */
export function normalise(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .replace(/U/g, 'V');
}
