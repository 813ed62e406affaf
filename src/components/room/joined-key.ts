/** Where a phone keeps the rooms it answers for; alone, so pages can check for it without the store's code. */
export const JOINED_KEY = 'judgment-calls:joined';
