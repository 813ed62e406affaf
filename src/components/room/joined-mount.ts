import { mountIslands } from '../islands/mount';
import { JOINED_KEY, JOINING_KEY } from './joined-key';

/** Only a phone in a room, or one arriving with "?room=", needs the banner's code. */
function inARoom(island: HTMLElement): boolean {
  const asked = new URLSearchParams(location.search).get('room');
  try {
    if (asked !== null) sessionStorage.setItem(JOINING_KEY, `${(JSON.parse(island.dataset.props ?? '{}') as { session?: string }).session} ${asked}`);
    return asked !== null || sessionStorage.getItem(JOINING_KEY) !== null || localStorage.getItem(JOINED_KEY) !== null;
  } catch {
    return asked !== null;
  }
}

mountIslands('joined', { lazy: () => import('./JoinedBanner') }, (island, start) => {
  if (inARoom(island)) start();
});
