import { leaveRoom } from '../protocol/joined';

/**
 * "Leave the room" asks first: a tap by mistake would take the banner and the
 * way to hand in off every page. Leaving keeps the phone's token, so joining
 * again still counts as the same phone.
 */
export function confirmLeave(session: string, code: string): void {
  const sure = window.confirm(
    `Leave room ${code}? Your answers stay on this phone. If you join again, the room still counts this phone once.`,
  );
  if (sure) leaveRoom(session);
}
