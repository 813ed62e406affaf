import { h, render } from 'preact';
import PresentJoin from './PresentJoin';
import { $room } from '../room/protocol/store';
import { joinPath } from '../room/protocol/join-path';
import { own } from '../../lib/storage/guards';
import { servedUrl, url } from '../../utils/url';

/**
 * Draws the present view's QR code from the room store, and again whenever it
 * changes (a console opened in another tab): the open room's join code and
 * address, as the console's join screen gives them, or else the dilemma's own
 * address on the host this page came from.
 */
export function showRoom(view: HTMLElement): void {
  const join = view.querySelector<HTMLElement>('[data-present-join]');
  if (!join) return;
  const session = view.dataset.room ?? '';
  const dilemmaUrl = servedUrl(view.dataset.dilemmaUrl ?? '');
  // The build's markup goes once; from then on Preact owns the box and redraws only what changed.
  join.replaceChildren();
  $room.subscribe((state) => {
    const open = own(state.rooms, session);
    const props = open
      ? { code: open.code, url: `${location.origin}${url('/')}${joinPath(session, open.code, open.console)}` }
      : { url: dilemmaUrl };
    render(h(PresentJoin, props), join);
  });
}
