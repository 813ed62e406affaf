import DraftPanel from './DraftPanel';
import { mountIslands } from '../../lib/islands/mount';
import { $draft, $kit, $kitDamaged, $leftOut, $packedKit, loadDraft, loadKit } from './draft';
import { readSessionHash, sessionHash } from './session-link';
import { packKit, unpackKit } from './coach-kit';
import { shareSession } from './copy-session-link';
import './catalogue';

/*
 * The session builder keeps the session in its own address
 * (/sessions/new/#t=…&d=…&k=…), so a reload keeps it and a track can open here
 * pre-filled, its words and minutes with it. Ids the catalogue does not list are
 * left out, and counted.
 */
const known = new Set([...document.querySelectorAll<HTMLElement>('li[data-dilemma]')].map((li) => li.dataset.dilemma));

/** Bumped by every read and write: a slower, older compression must not overwrite a newer one. */
let turn = 0;
/** False while a link's k= is being read: the address is not rewritten from a kit that is about to change. */
let ready = false;

async function openFromAddress() {
  const mine = ++turn;
  ready = false;
  const { session, kit } = readSessionHash(location.hash);
  const ids = session.ids.filter((id) => known.has(id));
  $leftOut.set(session.ids.length - ids.length);
  loadDraft({ ...session, ids });
  const read = await unpackKit(kit);
  if (mine !== turn) return;
  $kitDamaged.set(read.damaged);
  ready = true;
  loadKit(read.kit);
  // Setting the same kit again (an empty one) notifies no one: publish once, whatever it held.
  void publish();
}

async function publish() {
  if (!ready) return;
  const mine = ++turn;
  const draft = $draft.get();
  const packed = await packKit($kit.get(), draft.ids);
  if (mine !== turn) return;
  $packedKit.set(packed);
  const hash = sessionHash(draft, undefined, packed);
  history.replaceState(history.state, '', hash ? `#${hash}` : location.pathname);
  shareSession(draft, packed);
}

void openFromAddress();
addEventListener('hashchange', () => void openFromAddress());
$draft.listen(() => void publish());
$kit.listen(() => void publish());

mountIslands('session-draft', DraftPanel);
