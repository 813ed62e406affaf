import { h, render } from 'preact';
import RoomTally, { type RoomTallyProps } from './RoomTally';

/** Renders the tally when a facilitator opens room mode. */
export function openRoom(container: HTMLElement, props: RoomTallyProps) {
  render(h(RoomTally, props), container);
}
