import { mountIslands } from '../islands/mount';
import { JOINED_KEY } from './joined-key';

/** Only a phone in a room, or one arriving with "?room=", needs the banner's code. */
function inARoom(): boolean {
  if (new URLSearchParams(location.search).has('room')) return true;
  try {
    return localStorage.getItem(JOINED_KEY) !== null;
  } catch {
    return false;
  }
}

mountIslands('joined', { lazy: () => import('./JoinedBanner') }, (_, start) => {
  if (inARoom()) start();
});
