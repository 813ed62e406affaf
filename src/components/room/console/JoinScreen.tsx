import { Component, createRef } from 'preact';
import Qr from '../../share/Qr';
import { shortUrl } from '../../../utils/url';

/**
 * Longest address printed for a room to type. A session's join address holds
 * its title and every dilemma's id (about 300 characters): nobody types that,
 * and printed on the projected screen it pushed the code off it, so only the
 * QR code and the room code are shown.
 */
const TYPEABLE = 60;

interface Props {
  code: string;
  /** The absolute URL phones open. */
  url: string;
  title: string;
  /** What the room must do now, shown on the console and the projector alike (the second vote). */
  announce?: string | undefined;
  /** Once phones are in: one line instead of the big code, so the dilemma and its chart fit the screen. */
  compact?: boolean;
}

/** The QR code, address and room code, at the top of the console and full screen for the projector. */
export default class JoinScreen extends Component<Props> {
  private dialog = createRef<HTMLDialogElement>();

  render({ code, url, title, announce, compact = false }: Props) {
    const short = shortUrl(url);
    const typeable = short.length <= TYPEABLE;
    return (
      <section class="join" data-compact={compact} aria-labelledby="join-heading">
        <h2 id="join-heading">Phones join room {code}</h2>
        {compact && (
          <p class="join-line">
            Late arrivals: {typeable ? <span class="join-url">{short}</span> : 'scan the code on the join screen'}{' '}
            <button type="button" class="button" onClick={() => this.dialog.current?.showModal()}>
              Show the join screen full size
            </button>
          </p>
        )}
        {!compact && (
          <div class="join-body">
            <Qr href={url} class="join-qr" />
            <div>
              {typeable ? (
                <>
                  <p>Scan the code, or open:</p>
                  <p class="join-url">{short}</p>
                </>
              ) : (
                <p>Scan the code with a phone’s camera.</p>
              )}
              <p>
                Phones then show that they are answering for room <strong class="room-code">{code}</strong>.
              </p>
              <button type="button" class="button" onClick={() => this.dialog.current?.showModal()}>
                Show the join screen full size
              </button>
            </div>
          </div>
        )}
        <dialog ref={this.dialog} class="join-projected" aria-labelledby="projected-heading">
          <h2 id="projected-heading">
            Join room <span class="room-code">{code}</span>
          </h2>
          <p class="projected-title">{title}</p>
          {announce && <p class="projected-announce">{announce}</p>}
          <Qr href={url} class="projected-qr" />
          {typeable && <p class="join-url">{short}</p>}
          <form method="dialog">
            <button class="button">Back to the console</button>
          </form>
        </dialog>
      </section>
    );
  }
}
