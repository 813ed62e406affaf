import DraftPanel from './DraftPanel';
import { mountIslands } from '../../lib/islands/mount';
import { $draft, $leftOut, loadDraft } from './draft';
import { readSessionHash, sessionHash } from './session-link';
import { shareSession } from './copy-session-link';
import './catalogue';

/*
 * The session builder keeps the session in its own address
 * (/sessions/new/#t=…&d=…), so a reload keeps it and a track can open here
 * pre-filled. Ids the catalogue does not list are left out, and counted.
 */
const known = new Set([...document.querySelectorAll<HTMLElement>('li[data-dilemma]')].map((li) => li.dataset.dilemma));

function openFromAddress() {
  const { session } = readSessionHash(location.hash);
  const ids = session.ids.filter((id) => known.has(id));
  $leftOut.set(session.ids.length - ids.length);
  loadDraft({ ...session, ids });
}

openFromAddress();
addEventListener('hashchange', openFromAddress);
$draft.listen((draft) => {
  const hash = sessionHash(draft);
  history.replaceState(history.state, '', hash ? `#${hash}` : location.pathname);
});
$draft.subscribe(shareSession);

mountIslands('session-draft', DraftPanel);
