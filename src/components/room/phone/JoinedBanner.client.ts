import { mountIslands } from '../../../lib/islands/mount';
import { onARoomPhone, rememberJoining } from '../protocol/joined-key';

/** Only a phone in a room, or one arriving with "?room=", needs the banner's code. */
function inARoom(island: HTMLElement): boolean {
  const asked = new URLSearchParams(location.search).get('room');
  if (asked !== null) {
    rememberJoining(String((JSON.parse(island.dataset.props ?? '{}') as { session?: unknown }).session), asked);
    return true;
  }
  return onARoomPhone();
}

mountIslands('joined', { lazy: () => import('./JoinedBanner') }, (island, start) => {
  if (inARoom(island)) start();
});
