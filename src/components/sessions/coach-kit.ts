import { MAX_DILEMMAS, cleanText } from './session-link';
import { SESSION_PLAN, clampPlan, type SessionMinutes } from './plan';
import { SESSION_CLOSING, SESSION_OPENING } from './words';
import { dict, isRecord } from '../../lib/storage/guards';

/*
 * What a coach adds to a session: the minutes per part, their own opening,
 * closing and background notes, and a note per dilemma. It travels in the
 * session's link as one parameter, k=, written after the ids, so a link cut
 * short loses the coach's words before it loses a dilemma, and a k= that
 * cannot be read costs only the words: the session still runs on the
 * generated ones.
 *
 * Compressed, because prose is most of it and every character of a link
 * counts (chat apps and QR codes); deflate-raw roughly halves English text
 * (coach-kit.test.ts measures a typical session). The platform's own
 * CompressionStream does it, in every browser the site supports and in Node
 * (track pages write their "Adapt" link at build time), so no library ships;
 * base64url keeps the bytes safe in a fragment without escaping. The stream
 * is asynchronous, so pages read the ids at once (session-link.ts) and this a
 * moment later.
 */

export interface CoachKit {
  plan: SessionMinutes;
  /** Paragraphs separated by a blank line; empty: the generated words. */
  opening: string;
  closing: string;
  /** For the facilitator alone: what to expect, where rooms split (a track's `notes`). */
  background: string;
  /** Decision id → the coach's note on it, one paragraph or more. */
  notes: Record<string, string>;
}

/** Longest opening, closing or background kept: room for a track's own (its longest is about 3,600). */
export const MAX_PROSE = 4000;
/** Longest note on one dilemma: about 150 words. */
export const MAX_NOTE = 1000;
/**
 * The longest link a room scans from a projector: 400 characters is a version
 * 13 QR code (69 modules a side). The room's link of a five-dilemma session
 * (title, audience, ids) is about 290 (version 11); with a coach's 120-word
 * opening and closing and five 40-word notes it is about 1,950 (version 32,
 * 145 modules), which a phone at the back of a room cannot resolve
 * (coach-kit.test.ts measures both). So the room's QR codes never carry k=.
 */
export const PROJECTOR_QR = 400;
/** A k= longer than this is not read at all: far more than the longest kit compresses to. */
const MAX_PACKED = 40_000;
/** Nor is one that inflates past this: a small value can expand a thousandfold. */
const MAX_UNPACKED = 200_000;

export const EMPTY_KIT: CoachKit = Object.freeze({
  plan: SESSION_PLAN,
  opening: '',
  closing: '',
  background: '',
  notes: Object.freeze(dict<string>()),
});

/** Paragraphs of plain text: control characters and runs of space gone, at most `max` characters. */
export function cleanParagraphs(value: string, max: number): string {
  const text = value
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => cleanText(paragraph, Infinity))
    .filter(Boolean)
    .join('\n\n');
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export const paragraphsOf = (text: string) => (text ? text.split('\n\n') : []);
/** What the session opens and closes with: the coach's words, or the generated ones. */
export const openingOf = (kit: CoachKit) => (kit.opening ? paragraphsOf(kit.opening) : SESSION_OPENING);
export const closingOf = (kit: CoachKit) => (kit.closing ? paragraphsOf(kit.closing) : SESSION_CLOSING);
export const noteOf = (kit: CoachKit, id: string) => (Object.hasOwn(kit.notes, id) ? kit.notes[id]! : '');

const text = (value: unknown, max: number) => (typeof value === 'string' ? cleanParagraphs(value, max) : '');

/** A kit from anything: each field checked and capped, anything wrong is the default. */
export function cleanKit(raw: unknown): CoachKit {
  const data = isRecord(raw) ? raw : {};
  const [opening, dilemma, slack, debrief] = Array.isArray(data.m) ? (data.m as unknown[]) : [];
  const notes = dict<string>();
  if (isRecord(data.n)) {
    for (const [id, note] of Object.entries(data.n).slice(0, MAX_DILEMMAS)) {
      const key = cleanText(id, 100);
      const clean = text(note, MAX_NOTE);
      if (key && clean) notes[key] = clean;
    }
  }
  return {
    plan: clampPlan({ opening, dilemma, slack, debrief }),
    opening: text(data.o, MAX_PROSE),
    closing: text(data.c, MAX_PROSE),
    background: text(data.b, MAX_PROSE),
    notes,
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    return Uint8Array.from(atob(value.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function deflate(textToPack: string): Promise<Uint8Array> {
  const stream = new Blob([textToPack]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The inflated text, or null when it is not deflate-raw, is cut short, is too large or is not UTF-8. */
async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  try {
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_UNPACKED) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
    const all = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    return null;
  }
}

const samePlan = (a: SessionMinutes, b: SessionMinutes) =>
  a.opening === b.opening && a.dilemma === b.dilemma && a.slack === b.slack && a.debrief === b.debrief;

/**
 * The k= value for a kit and the session's dilemmas (notes on other dilemmas
 * are left out), cleaned as the reader would clean it. Empty when the kit
 * holds nothing but the defaults: such a link is exactly an old one.
 */
export async function packKit(kit: CoachKit, ids: readonly string[]): Promise<string> {
  const clean = cleanKit({
    m: [kit.plan.opening, kit.plan.dilemma, kit.plan.slack, kit.plan.debrief],
    o: kit.opening,
    c: kit.closing,
    b: kit.background,
    n: Object.fromEntries(ids.map((id) => [id, noteOf(kit, id)])),
  });
  const data: Record<string, unknown> = {};
  if (!samePlan(clean.plan, SESSION_PLAN)) data.m = [clean.plan.opening, clean.plan.dilemma, clean.plan.slack, clean.plan.debrief];
  if (clean.opening) data.o = clean.opening;
  if (clean.closing) data.c = clean.closing;
  if (clean.background) data.b = clean.background;
  if (Object.keys(clean.notes).length > 0) data.n = clean.notes;
  if (Object.keys(data).length === 0) return '';
  return toBase64Url(await deflate(JSON.stringify(data)));
}

export interface ReadKit {
  kit: CoachKit;
  /** The link had a k= that could not be read (cut short, garbled, too long): the defaults stand in. */
  damaged: boolean;
}

/** Reads a k= value. Never throws; an empty value is the empty kit, undamaged. */
export async function unpackKit(value: string): Promise<ReadKit> {
  if (!value) return { kit: EMPTY_KIT, damaged: false };
  const bytes = value.length <= MAX_PACKED ? fromBase64Url(value) : null;
  const json = bytes && (await inflate(bytes));
  if (json === null) return { kit: EMPTY_KIT, damaged: true };
  try {
    const raw: unknown = JSON.parse(json);
    return isRecord(raw) ? { kit: cleanKit(raw), damaged: false } : { kit: EMPTY_KIT, damaged: true };
  } catch {
    return { kit: EMPTY_KIT, damaged: true };
  }
}
