import SessionRun from './SessionRun';
import { mountIslands } from '../../lib/islands/mount';
import { readSessionHash } from './session-link';
import { shareSession } from './copy-session-link';
import { arrowKeysFollow } from '../../utils/arrow-keys';

mountIslands('session-run', SessionRun);

const share = () => shareSession(readSessionHash(location.hash).session);
share();
addEventListener('hashchange', share);

// As on a track's screens, the arrow keys move between dilemmas, or between present views while one is shown.
arrowKeysFollow((rel) => document.querySelector<HTMLAnchorElement>(`.session-run :is(.progress, .present) a[rel=${rel}]`));
