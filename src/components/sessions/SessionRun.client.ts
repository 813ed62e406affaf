import SessionRun from './SessionRun';
import { mountIslands } from '../../lib/islands/mount';
import { readSessionHash } from './session-link';
import { shareSession } from './copy-session-link';
import { arrowKeysFollow } from '../../utils/arrow-keys';

mountIslands('session-run', SessionRun);

// The copied link keeps the coach's kit (k=) as the address holds it: a co-facilitator gets the whole session.
const share = () => {
  const { session, kit } = readSessionHash(location.hash);
  shareSession(session, kit);
};
share();
addEventListener('hashchange', share);

// As on a track's screens, the arrow keys move between dilemmas, or between present views while one is shown.
arrowKeysFollow((rel) => document.querySelector<HTMLAnchorElement>(`.session-run :is(.progress, .present) a[rel=${rel}]`));
