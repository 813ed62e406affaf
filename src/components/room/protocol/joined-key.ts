import type { Gate } from '../phone/outcome-gate';

/** Where a phone keeps the rooms it answers for; alone, so pages can check for it without the store's code. */
export const JOINED_KEY = 'judgment-calls:joined';

/**
 * A "?room=" seen on arrival, kept for this tab as "<session> <code>" until
 * the banner's code has loaded and joined: a phone that taps on at once
 * still joins on the next page of the same session.
 */
const JOINING_KEY = 'judgment-calls:joining';

export function rememberJoining(session: string, code: string): void {
  try {
    sessionStorage.setItem(JOINING_KEY, `${session} ${code}`);
  } catch {
    // Without session storage the join waits for the banner on this page.
  }
}

/** The code this tab began joining for `session`, once; null if none. */
export function takeJoining(session: string): string | null {
  try {
    const [pending, code = null] = (sessionStorage.getItem(JOINING_KEY) ?? '').split(' ');
    sessionStorage.removeItem(JOINING_KEY);
    return pending === session ? code : null;
  } catch {
    return null;
  }
}

export function joining(): boolean {
  try {
    return sessionStorage.getItem(JOINING_KEY) !== null;
  } catch {
    return false;
  }
}

/** Whether this device answers for a room, or is joining one: checked without loading the room's store. */
export function onARoomPhone(): boolean {
  try {
    return joining() || localStorage.getItem(JOINED_KEY) !== null;
  } catch {
    return false;
  }
}

let gate: Promise<Gate | null> | undefined;
/**
 * On a phone in a room, the code that holds outcomes back until the
 * facilitator's reveal (room/phone/outcome-gate.ts): loaded once, and only
 * there. Null on a reader's device, or if it cannot load: then outcomes show
 * as they would for a reader, rather than never.
 */
export const roomGate = () => (gate ??= onARoomPhone() ? import('../phone/outcome-gate').catch(() => null) : Promise.resolve(null));
