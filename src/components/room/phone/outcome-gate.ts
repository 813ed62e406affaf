/*
 * What a decision needs, on a phone in a room, to hold the outcome back until
 * the facilitator's reveal: loaded by the widget and the reveal blocks only on
 * such a phone, so a reader's story page does not carry the room's code.
 */
export { $joined } from '../protocol/joined';
export { showing } from '../protocol/revealed';
export { AnswerIn, RoomBehind } from './Waiting';

export type Gate = typeof import('./outcome-gate');
