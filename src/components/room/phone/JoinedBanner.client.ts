import { mountIslands } from '../../../lib/islands/mount';
import { JOINED_KEY, joining, rememberJoining } from '../protocol/joined-key';

/** Only a phone in a room, or one arriving with "?room=", needs the banner's code. */
function inARoom(island: HTMLElement): boolean {
  const asked = new URLSearchParams(location.search).get('room');
  if (asked !== null) {
    rememberJoining(String((JSON.parse(island.dataset.props ?? '{}') as { session?: unknown }).session), asked);
    return true;
  }
  try {
    return joining() || localStorage.getItem(JOINED_KEY) !== null;
  } catch {
    return false;
  }
}

mountIslands('joined', { lazy: () => import('./JoinedBanner') }, (island, start) => {
  if (inARoom(island)) start();
});
