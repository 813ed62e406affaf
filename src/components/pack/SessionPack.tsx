import { Component } from 'preact';
import PackDocument from './PackDocument';
import { packDilemma } from './pack-dilemma';
import { fetchDilemmas } from '../sessions/dilemmas';
import { sessionPlan } from '../sessions/plan';
import { readSessionHash, sessionHash, type SessionLink } from '../sessions/session-link';
import { closingOf, noteOf, openingOf, paragraphsOf, unpackKit, type ReadKit } from '../sessions/coach-kit';
import type { DilemmaFile } from '../../stories/summary';
import type { PackData } from './types';
import { attribution } from '../../editorial/licence';

export interface SessionPackProps {
  /** Where summaries live: `<dilemmas><id>/summary.json`. */
  dilemmas: string;
  /** Absolute URL of the session page as published. */
  sessionUrl: string;
  /** The site's origin as published, for the dilemmas' QR codes. */
  site: string;
  /** The site's home page as published (base path and all), for the cover's attribution and terms. */
  home: string;
  sessionHref: string;
  builderHref: string;
}

interface State {
  session: SessionLink | null;
  /** The link's k= as written, to keep in the way back to the session. */
  packed: string;
  files: Record<string, DilemmaFile | null> | null;
  kit: ReadKit | null;
}

/**
 * A shared session's facilitator pack, filled in from the link: the same
 * document a track's pack is, from the same summary.json the session runs on.
 * It reads no store, so it is a plain component.
 */
export default class SessionPack extends Component<SessionPackProps, State> {
  state: State = { session: null, packed: '', files: null, kit: null };

  componentDidMount() {
    this.read();
    addEventListener('hashchange', this.read);
  }

  componentWillUnmount() {
    removeEventListener('hashchange', this.read);
  }

  private read = () => {
    const { session, kit } = readSessionHash(location.hash);
    this.setState({ session, packed: kit, files: null, kit: null });
    Promise.all([fetchDilemmas(this.props.dilemmas, session.ids), unpackKit(kit)]).then(([files, read]) => {
      // A newer address may have been read meanwhile.
      if (this.state.session === session) this.setState({ files, kit: read });
    });
  };

  render({ sessionUrl, site, home, sessionHref, builderHref }: SessionPackProps, { session, packed, files, kit: read }: State) {
    if (!session) return <h1>Preparing the pack…</h1>;
    // The way back keeps the coach's kit; the cover's QR code is the room's link, without it.
    const hash = sessionHash(session, undefined, packed);
    const toolbar = (
      <p class="pack-toolbar">
        <a href={`${sessionHref}#${hash}`}>← Back to the session</a>
        {files && session.ids.length > 0 && (
          <button type="button" class="button primary" onClick={() => print()}>
            Print the pack
          </button>
        )}
      </p>
    );
    if (session.ids.length === 0) {
      return (
        <>
          <h1>This session has no dilemmas</h1>
          <p>
            The link lists no dilemmas to print. <a href={builderHref}>Build a session</a> first.
          </p>
        </>
      );
    }
    if (!files || !read) {
      return (
        <>
          {toolbar}
          <h1>Preparing the pack…</h1>
        </>
      );
    }
    const found = session.ids.map((id) => files[id]).filter((file): file is DilemmaFile => Boolean(file));
    const { kit } = read;
    const pack: PackData = {
      title: session.title || 'A session from Judgment Calls',
      audience: session.audience,
      objectives: [],
      link: `${sessionUrl}#${sessionHash(session)}`,
      plan: sessionPlan(
        found.map((file) => file.question),
        kit.plan,
      ),
      opening: openingOf(kit),
      notes: paragraphsOf(kit.background),
      closing: closingOf(kit),
      dilemmas: found.map((file) => ({ ...packDilemma(file, new URL(file.dilemmaHref, site).href), coachNote: noteOf(kit, file.id) })),
      missing: session.ids.filter((id) => files[id] === null),
      home,
      // The session's title is the facilitator's; the dilemmas are the site's.
      attribution: attribution(home),
    };
    return (
      <>
        {toolbar}
        {read.damaged && (
          <p class="pack-missing">
            This link’s own minutes, opening, closing and notes could not be read (it may have been cut short when it was copied): the pack
            has every dilemma, with the standard plan and words.
          </p>
        )}
        <PackDocument {...pack} />
      </>
    );
  }
}
