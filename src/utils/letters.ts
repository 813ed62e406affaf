/** The letters a room calls choices by, on the projector, the tally, the pack and the hand-in. */
export const LETTERS = 'ABCD';
