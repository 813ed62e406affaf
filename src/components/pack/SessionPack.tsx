import { Component } from 'preact';
import PackDocument from './PackDocument';
import { packDilemma } from './pack-dilemma';
import { fetchDilemmas } from '../sessions/dilemmas';
import { sessionPlan } from '../sessions/plan';
import { readSessionHash, sessionHash, type SessionLink } from '../sessions/session-link';
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
  opening: string[];
  closing: string[];
}

interface State {
  session: SessionLink | null;
  files: Record<string, DilemmaFile | null> | null;
}

/**
 * A shared session's facilitator pack, filled in from the link: the same
 * document a track's pack is, from the same summary.json the session runs on.
 * It reads no store, so it is a plain component.
 */
export default class SessionPack extends Component<SessionPackProps, State> {
  state: State = { session: null, files: null };

  componentDidMount() {
    this.read();
    addEventListener('hashchange', this.read);
  }

  componentWillUnmount() {
    removeEventListener('hashchange', this.read);
  }

  private read = () => {
    const { session } = readSessionHash(location.hash);
    this.setState({ session, files: null });
    fetchDilemmas(this.props.dilemmas, session.ids).then((files) => {
      // A newer address may have been read meanwhile.
      if (this.state.session === session) this.setState({ files });
    });
  };

  render({ sessionUrl, site, home, sessionHref, builderHref, opening, closing }: SessionPackProps, { session, files }: State) {
    if (!session) return <h1>Preparing the pack…</h1>;
    const hash = sessionHash(session);
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
    if (!files) {
      return (
        <>
          {toolbar}
          <h1>Preparing the pack…</h1>
        </>
      );
    }
    const found = session.ids.map((id) => files[id]).filter((file): file is DilemmaFile => Boolean(file));
    const pack: PackData = {
      title: session.title || 'A session from Judgment Calls',
      audience: session.audience,
      objectives: [],
      link: `${sessionUrl}#${hash}`,
      plan: sessionPlan(found.map((file) => file.question)),
      opening,
      notes: [],
      closing,
      dilemmas: found.map((file) => packDilemma(file, new URL(file.dilemmaHref, site).href)),
      missing: session.ids.filter((id) => files[id] === null),
      home,
      // The session's title is the facilitator's; the dilemmas are the site's.
      attribution: attribution(home),
    };
    return (
      <>
        {toolbar}
        <PackDocument {...pack} />
      </>
    );
  }
}
