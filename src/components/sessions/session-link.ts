/*
 * A session lives entirely in its link: /sessions/#t=<title>&a=<audience>&d=<id>,<id>
 * (plus k=<the coach's minutes, words and notes, compressed: coach-kit.ts> and
 * s=<step> while it runs). Nothing is stored on a server, so anyone can
 * share one; and anyone can tamper with one, so reading never throws and
 * everything read is capped.
 */

/** Longest title or audience shown: a longer one is cut with an ellipsis. */
export const MAX_TEXT = 120;
/** Most dilemmas a session holds: a three-hour workshop at eight minutes each, with room to spare. */
export const MAX_DILEMMAS = 30;
/** Longest id kept from a link; real ids are far shorter. */
const MAX_ID = 100;

export interface SessionLink {
  title: string;
  audience: string;
  /** Decision ids in running order, as the link lists them: the site has not checked them yet. */
  ids: string[];
}

/** Where a running session is: its overview, dilemma n (from 1) on the page or in the present view, or the finish screen. */
export type SessionView = { at: 'overview' } | { at: 'step'; step: number; present?: boolean } | { at: 'finish' };

export interface ReadLink {
  session: SessionLink;
  view: SessionView;
  /** Ids past MAX_DILEMMAS, left out. */
  extra: number;
  /** The link's k= as written, not yet unpacked (coach-kit.ts `unpackKit` checks it); empty when it has none. */
  kit: string;
}

/** Decodes a link's value however it was mangled: bad escapes stay as they are. */
function decode(value: string): string {
  const plus = value.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    try {
      // A stray % (as in "100%") is kept literally; the rest still decodes.
      return decodeURIComponent(plus.replace(/%(?![0-9a-f]{2})/gi, '%25'));
    } catch {
      return plus;
    }
  }
}

/** One line of plain text, at most `max` characters (counted as the reader sees them). */
export function cleanText(value: string, max = MAX_TEXT): string {
  const line = value
    // Control characters are what this removes, so the pattern names them on purpose.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(line);
  return chars.length <= max
    ? line
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

function readView(value: string | undefined): SessionView {
  if (value === 'end') return { at: 'finish' };
  const step = value ? /^([1-9]\d{0,3})(p?)$/.exec(value) : null;
  if (step) return step[2] ? { at: 'step', step: Number(step[1]), present: true } : { at: 'step', step: Number(step[1]) };
  return { at: 'overview' };
}

/** Reads a session from a location hash (with or without its #). Never throws. */
export function readSessionHash(hash: string): ReadLink {
  const fields = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at);
    if (!fields.has(name)) fields.set(name, part.slice(at + 1));
  }
  const ids: string[] = [];
  for (const raw of (fields.get('d') ?? '').split(',')) {
    const id = cleanText(decode(raw), MAX_ID);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return {
    session: {
      title: cleanText(decode(fields.get('t') ?? '')),
      audience: cleanText(decode(fields.get('a') ?? '')),
      ids: ids.slice(0, MAX_DILEMMAS),
    },
    view: readView(fields.get('s')),
    extra: Math.max(0, ids.length - MAX_DILEMMAS),
    kit: decode(fields.get('k') ?? ''),
  };
}

/**
 * The hash of a session (without #), in the one order links are written. Empty
 * fields are left out. Without `kit` it is the room's link: the title and the
 * dilemmas, short enough for a QR code at the back of a room, and without the
 * coach's notes, which are not for phones.
 */
export function sessionHash({ title, audience, ids }: SessionLink, view: SessionView = { at: 'overview' }, kit = ''): string {
  const parts: string[] = [];
  if (title) parts.push(`t=${encodeURIComponent(title)}`);
  if (audience) parts.push(`a=${encodeURIComponent(audience)}`);
  if (ids.length > 0) parts.push(`d=${ids.map(encodeURIComponent).join(',')}`);
  if (kit) parts.push(`k=${encodeURIComponent(kit)}`);
  if (view.at === 'step') parts.push(`s=${view.step}${view.present ? 'p' : ''}`);
  if (view.at === 'finish') parts.push('s=end');
  return parts.join('&');
}

/** Storage keys are at most 200 characters (storage/guards.ts `key`). */
const MAX_KEY = 200;

/** FNV-1a, twice with different seeds: a short, stable name for a long list of ids. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
    b = Math.imul(b ^ text.charCodeAt(i), 0x01000193);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/**
 * The key a session's room tally and progress are kept under: "session:" and
 * its ids, comma-joined. A long session's key would fail the stores' own
 * validation on the next read (and be set aside as damaged), so past 200
 * characters it keeps its start and ends with a fingerprint of the whole list.
 */
export function sessionKey(ids: string[]): string {
  const key = `session:${ids.join(',')}`;
  if (key.length <= MAX_KEY) return key;
  const tail = `…#${fingerprint(key)}`;
  return `${key.slice(0, MAX_KEY - tail.length)}${tail}`;
}
