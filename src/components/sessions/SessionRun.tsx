import JoinedBanner from '../room/phone/JoinedBanner';
import AnswerList from '../my-answers/AnswerList';
import { $decisions, EMPTY, type DecisionsState } from '../decision/store';
import { $progress, EMPTY_PROGRESS, visitStep, type ProgressState } from '../tracks/progress';
import { own } from '../../lib/storage/guards';
import { Watching } from '../../lib/storage/watching';
import { fetchDilemmas } from './dilemmas';
import { readSessionHash, sessionHash, sessionKey, type ReadLink, type SessionView } from './session-link';
import { EMPTY_KIT, closingOf, noteOf, unpackKit, type ReadKit } from './coach-kit';
import type { DilemmaFile } from '../../stories/summary';
import SessionStep from './SessionStep';
import SessionOverview from './SessionOverview';
import Debrief from '../walk/Debrief';
import Present from '../dilemma/Present';
import { $room, EMPTY_ROOM, type RoomState } from '../room/protocol/store';
import { joinPath } from '../room/protocol/join-path';

export interface SessionRunProps {
  /** Where summaries live: `<dilemmas><id>/summary.json`. */
  dilemmas: string;
  /** Absolute URL of this page as published: the link the QR code and "Copy link" give. */
  sessionUrl: string;
  builderHref: string;
  packHref: string;
  myAnswersHref: string;
  /** The room console, for phones' hand-ins: `<roomHref>#<session hash>`. */
  roomHref: string;
  /** A phone's hand-in page. */
  handInHref: string;
  /** The site's base path, ending in "/", for a learning-platform package that frames this site. */
  base: string;
  /** What a learning platform receives, for works councils and data-protection officers. */
  learningHref: string;
}

interface State {
  /** Null until the address has been read, as on the server. */
  link: ReadLink | null;
  /** Each id's dilemma once fetched; null when the site does not have it. */
  files: Record<string, DilemmaFile | null>;
  /** The coach's kit from the link's k=, once unpacked (a moment after the ids). */
  kit: ReadKit | null;
  progress: ProgressState;
  decisions: DecisionsState;
  roomOpen: boolean;
  /** The facilitator's rooms: an open one puts its join code on the present view. */
  room: RoomState;
}

/**
 * A shared session, run from its link like a track: an overview, one dilemma
 * per screen and a finish screen, all on this one page. Where the reader is
 * lives in the address (s=<n>), so Back, Forward and reload work.
 *
 * Each step answers with the site's own DecisionWidget and decision store,
 * rendered here rather than linking out to the dilemma page: answers land
 * where every other page reads them (My answers, the dilemma's tally), the
 * room keeps its place in the session, and the widget's storage guards
 * (blocked, full, unreadable storage) come with it. The widget is fed from
 * summary.json, the same build-time data My answers uses.
 */
export default class SessionRun extends Watching<SessionRunProps, State> {
  state: State = { link: null, files: {}, kit: null, progress: EMPTY_PROGRESS, decisions: EMPTY, roomOpen: false, room: EMPTY_ROOM };
  private root: HTMLElement | null = null;
  private moved = false;

  componentDidMount() {
    this.watch('progress', $progress);
    this.watch('decisions', $decisions);
    this.watch('room', $room);
    this.read();
    addEventListener('hashchange', this.read);
  }

  componentWillUnmount() {
    super.componentWillUnmount();
    removeEventListener('hashchange', this.read);
  }

  componentDidUpdate() {
    this.record();
    if (!this.moved) return;
    // A new screen: put focus on its heading, as a page load would.
    const heading = this.root?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    this.moved = false;
    heading.focus();
  }

  private read = () => {
    const link = readSessionHash(location.hash);
    const wanted = link.session.ids.filter((id) => !Object.hasOwn(this.state.files, id));
    this.moved = this.state.link !== null;
    // Moving between steps keeps k=: it is unpacked again only when it changes.
    const sameKit = this.state.link?.kit === link.kit && this.state.kit !== null;
    this.setState({ link, roomOpen: false, ...(sameKit ? {} : { kit: null }) });
    if (!sameKit) {
      unpackKit(link.kit).then((kit) => {
        if (this.state.link?.kit === link.kit) this.setState({ kit });
      });
    }
    if (wanted.length > 0) {
      fetchDilemmas(this.props.dilemmas, wanted).then((found) => this.setState(({ files }) => ({ files: { ...files, ...found } })));
    }
  };

  /** The dilemmas that run, in order: ids the site no longer has are skipped. */
  private steps(): DilemmaFile[] {
    const { link, files } = this.state;
    // Own keys only: an id such as "constructor" must not find Object.prototype's.
    return (link?.session.ids ?? [])
      .map((id) => (Object.hasOwn(files, id) ? files[id] : undefined))
      .filter((file): file is DilemmaFile => Boolean(file));
  }

  private loaded = () => this.state.kit !== null && (this.state.link?.session.ids ?? []).every((id) => Object.hasOwn(this.state.files, id));

  /** Remembers the step for "resume", and names the screen in the tab's title. */
  private record() {
    const { link } = this.state;
    if (!link) return;
    const title = link.session.title || 'A shared session';
    const steps = this.steps();
    const view = this.view();
    if (view.at === 'step' && steps[view.step - 1]) {
      const key = sessionKey(link.session.ids);
      if (own(this.state.progress.tracks, key)?.step !== view.step) visitStep(key, view.step);
      document.title = `${title}: dilemma ${view.step} of ${steps.length} · Judgment Calls`;
    } else {
      document.title = `${view.at === 'finish' ? `${title}: debrief` : title} · Judgment Calls`;
    }
  }

  /** The view the address asks for, once the dilemmas are known: a step past the end is the finish. */
  private view(): SessionView {
    const view = this.state.link?.view ?? { at: 'overview' };
    if (view.at === 'step' && this.loaded() && view.step > this.steps().length) return { at: 'finish' };
    return view;
  }

  private href = (view: SessionView) => `#${sessionHash(this.state.link!.session, view, this.state.link!.kit)}`;

  render(props: SessionRunProps, { link }: State) {
    if (!link) {
      return (
        <div class="walk session-run">
          <h1>Opening the session…</h1>
        </div>
      );
    }
    const view = this.view();
    const steps = this.loaded() ? this.steps() : [];
    return (
      <div class="walk session-run" ref={(el) => void (this.root = el)}>
        {steps.length > 0 && (
          <JoinedBanner
            session={sessionKey(link.session.ids)}
            title={link.session.title || 'A shared session'}
            decisions={steps.map((s) => ({ id: s.id, choices: s.choices.map((c) => c.id) }))}
            handIn={props.handInHref}
            base={props.base}
            overview={view.at === 'overview'}
          />
        )}
        {link.session.ids.length === 0
          ? this.empty(props)
          : view.at === 'step'
            ? this.step(view.step, view.present)
            : view.at === 'finish'
              ? this.finish(props)
              : this.overview(props)}
      </div>
    );
  }

  private empty({ builderHref }: SessionRunProps) {
    return (
      <>
        <h1 tabIndex={-1}>This session has no dilemmas</h1>
        <p>
          The link you followed lists no dilemmas, or was cut short when it was copied. Ask whoever shared it for the whole link, or build a
          session of your own.
        </p>
        <p>
          <a class="button primary" href={builderHref}>
            Build a session
          </a>
        </p>
      </>
    );
  }

  private overview(props: SessionRunProps) {
    const { link, files, kit, progress } = this.state;
    return (
      <SessionOverview
        {...props}
        session={link!.session}
        packed={link!.kit}
        kit={kit}
        extra={link!.extra}
        files={files}
        steps={this.steps()}
        loaded={this.loaded()}
        resume={own(progress.tracks, sessionKey(link!.session.ids))?.step}
        href={this.href}
      />
    );
  }

  private step(n: number, present = false) {
    const { link, kit, roomOpen } = this.state;
    const steps = this.steps();
    const file = steps[n - 1];
    if (!file) {
      return (
        <>
          <h1 tabIndex={-1}>Loading dilemma {n}…</h1>
          <p>
            <a href={this.href({ at: 'overview' })}>Back to the overview</a>
          </p>
        </>
      );
    }
    if (present) return this.present(file, n, steps.length);
    return (
      <SessionStep
        file={file}
        note={kit ? noteOf(kit.kit, file.id) : ''}
        minutes={kit?.kit.plan.dilemma}
        n={n}
        total={steps.length}
        title={link!.session.title || 'A shared session'}
        session={sessionKey(link!.session.ids)}
        href={this.href}
        roomOpen={roomOpen}
        toggleRoom={() => this.setState({ roomOpen: !roomOpen })}
      />
    );
  }

  /** Dilemma n for the projector: the same present view as a track's, moving within the session. */
  private present(file: DilemmaFile, n: number, total: number) {
    const { link, room } = this.state;
    const session = sessionKey(link!.session.ids);
    const open = own(room.rooms, session);
    const home = `${location.origin}${this.props.base}`;
    const presentAt = (step: number) => (step >= 1 && step <= total ? this.href({ at: 'step', step, present: true }) : undefined);
    return (
      <Present
        question={file.question}
        setup={file.setup}
        choices={file.choices}
        storyTitle={file.storyTitle}
        forces={file.forces}
        legal={file.legal}
        sources={file.sources}
        room={session}
        dilemmaUrl={`${location.origin}${file.dilemmaHref}`}
        joined={open && { code: open.code, url: `${home}${joinPath(session, open.code, open.console)}` }}
        leaveHref={this.href({ at: 'step', step: n })}
        flow={{ title: link!.session.title || 'A shared session', n, total, previousHref: presentAt(n - 1), nextHref: presentAt(n + 1) }}
      />
    );
  }

  private finish({ builderHref, myAnswersHref }: SessionRunProps) {
    const { link, kit, decisions } = this.state;
    const steps = this.steps();
    return (
      <Debrief
        title={link!.session.title || 'A shared session'}
        overviewHref={this.href({ at: 'overview' })}
        closing={closingOf(kit?.kit ?? EMPTY_KIT)}
        kind="session"
        lastHref={steps.length > 0 ? this.href({ at: 'step', step: steps.length }) : undefined}
        more={
          <>
            <a href={myAnswersHref}>All my answers</a> · <a href={builderHref}>Build another session</a>
          </>
        }
      >
        <AnswerList decisions={steps} state={decisions} />
      </Debrief>
    );
  }
}
