import { atom } from 'nanostores';
import { MAX_DILEMMAS, MAX_TEXT, type SessionLink } from './session-link';
import { EMPTY_KIT, MAX_NOTE, MAX_PROSE, type CoachKit } from './coach-kit';
import type { SessionMinutes } from './plan';

/*
 * The session being built. It is never stored: the builder keeps it in its own
 * address (see DraftPanel.client.ts), so a reload, a bookmark or a shared link all bring
 * it back, and the session's link is simply this state written out.
 */
export const EMPTY_DRAFT: SessionLink = Object.freeze({ title: '', audience: '', ids: [] as string[] });

export const $draft = atom<SessionLink>(EMPTY_DRAFT);

/** A list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item as T);
  return copy;
}

const update = (change: Partial<SessionLink>) => $draft.set({ ...$draft.get(), ...change });

// Kept as typed (a space at the end is the start of the next word); the link's
// reader tidies it. Only the length is capped, as the inputs' maxlength does.
const cap = (text: string) => Array.from(text).slice(0, MAX_TEXT).join('');
export const setTitle = (title: string) => update({ title: cap(title) });
export const setAudience = (audience: string) => update({ audience: cap(audience) });

/** How many dilemmas of the link the builder opened were not on the site. */
export const $leftOut = atom(0);

/** Adds a dilemma at the end; false when the session is full or already has it. */
export function addDilemma(id: string): boolean {
  const { ids } = $draft.get();
  if (ids.includes(id) || ids.length >= MAX_DILEMMAS) return false;
  update({ ids: [...ids, id] });
  return true;
}

export const removeDilemma = (id: string) => update({ ids: $draft.get().ids.filter((other) => other !== id) });

/** Moves a dilemma to a position (from 0) in the running order. */
export const moveDilemma = (id: string, to: number) => {
  const { ids } = $draft.get();
  update({ ids: moveItem(ids, ids.indexOf(id), to) });
};

export const loadDraft = (session: SessionLink) => $draft.set(session);

/*
 * The coach's minutes, words and notes for the session being built. Kept as
 * typed, like the title; the link's writer cleans and clamps them
 * (coach-kit.ts), and the panel shows the clamped minutes.
 */
export const $kit = atom<CoachKit>(EMPTY_KIT);
/** The kit as the link carries it (k=), once compressed; empty for a kit of defaults. */
export const $packedKit = atom('');
/** The link the builder opened had a k= that could not be read. */
export const $kitDamaged = atom(false);

const updateKit = (change: Partial<CoachKit>) => $kit.set({ ...$kit.get(), ...change });
const capTo = (text: string, max: number) => Array.from(text).slice(0, max).join('');

export const setMinutes = (part: keyof SessionMinutes, minutes: number) =>
  updateKit({ plan: { ...$kit.get().plan, [part]: Number.isFinite(minutes) ? Math.max(0, Math.min(999, Math.round(minutes))) : minutes } });
export const setOpening = (opening: string) => updateKit({ opening: capTo(opening, MAX_PROSE) });
export const setClosing = (closing: string) => updateKit({ closing: capTo(closing, MAX_PROSE) });
export const setBackground = (background: string) => updateKit({ background: capTo(background, MAX_PROSE) });
export const setNote = (id: string, note: string) => updateKit({ notes: { ...$kit.get().notes, [id]: capTo(note, MAX_NOTE) } });

export const loadKit = (kit: CoachKit) => $kit.set(kit);
