/** Where a phone keeps the rooms it answers for; alone, so pages can check for it without the store's code. */
export const JOINED_KEY = 'judgment-calls:joined';

/**
 * A "?room=" seen on arrival, kept for this tab as "<session> <code>" until
 * the banner's code has loaded and joined: a phone that taps on at once
 * still joins on the next page of the same session.
 */
export const JOINING_KEY = 'judgment-calls:joining';
