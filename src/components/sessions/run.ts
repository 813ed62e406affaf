import SessionRun from './SessionRun';
import { mountIslands } from '../islands/mount';
import { readSessionHash } from './session-link';
import { shareSession } from './copy-session-link';

mountIslands('session-run', SessionRun);

const share = () => shareSession(readSessionHash(location.hash).session);
share();
addEventListener('hashchange', share);

// As on a track's screens: the arrow keys move between dilemmas, except in a
// field or a radio group, where they already mean something.
document.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, textarea, select, [contenteditable], [role=radiogroup], pagefind-modal')) return;
  const rel = ({ ArrowRight: 'next', ArrowLeft: 'prev' } as Record<string, string>)[event.key];
  const link = rel ? document.querySelector<HTMLAnchorElement>(`.session-run .progress a[rel=${rel}]`) : null;
  if (link) location.assign(link.href);
});
