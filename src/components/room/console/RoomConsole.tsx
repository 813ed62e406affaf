import { Watching } from '../../../lib/storage/watching';
import { own } from '../../../lib/storage/guards';
import RoomTally from './RoomTally';
import JoinScreen from './JoinScreen';
import Collect from './Collect';
import RoundsCompare from './RoundsCompare';
import {
  $room,
  EMPTY_ROOM,
  MAX_ROUNDS,
  newRoom,
  openRoom,
  peopleInSession,
  phonesInSession,
  roomDecision,
  startSecondRound,
  type RoomState,
} from '../protocol/store';
import { loadScope, roomContent, type Scope, type TrackList } from './scope';
import { resultsCsv } from './results-csv';
import { saveFile } from '../../../utils/download';
import Forces from '../../decision/Forces';
import RevealCode from './RevealCode';

export interface RoomConsoleProps {
  tracks: TrackList;
  /** The site's base, for join and hand-in URLs. */
  base: string;
  /** Where each dilemma's summary.json lives. */
  dilemmas: string;
}

interface State {
  room: RoomState;
  status: 'loading' | 'unknown' | 'ready';
  scope: Scope | null;
  step: number;
  /** Shown full screen, for the projector. */
  projected?: boolean;
  /** "Phones wait for my reveal": on unless the address says "?pace=free". */
  pace: boolean;
}

/**
 * The facilitator's room: the join screen, each dilemma's count from hands
 * and phones, two rounds, and the ways to collect hand-ins. The session comes
 * from the address ("/room/#track:<id>"), so the console needs no server.
 */
export default class RoomConsole extends Watching<RoomConsoleProps, State> {
  state: State = { room: EMPTY_ROOM, status: 'loading', scope: null, step: 0, pace: true };

  componentDidMount() {
    this.watch('room', $room);
    window.addEventListener('hashchange', this.load);
    void this.load();
  }

  componentWillUnmount() {
    super.componentWillUnmount();
    document.removeEventListener('keydown', this.escape);
    window.removeEventListener('hashchange', this.load);
  }

  private load = async (event?: Event) => {
    const asked = location.hash;
    // Another session in the address starts at its first dilemma; a reload keeps the step.
    if (event) this.keepStep(0);
    this.setState({ status: 'loading' });
    const scope = await loadScope(asked, this.props.tracks, this.props.dilemmas).catch(() => null);
    // The address changed while this loaded: the newer load sets the room.
    if (location.hash !== asked) return;
    if (!scope || scope.missing.length > 0) return this.setState({ status: 'unknown', scope: null });
    openRoom(scope.session, scope.title, roomContent('', scope).decisions, scope.hash);
    const saved = Number(new URLSearchParams(location.search).get('step'));
    const step = Number.isInteger(saved) && saved >= 1 && saved <= scope.decisions.length ? saved - 1 : 0;
    const pace = new URLSearchParams(location.search).get('pace') !== 'free';
    this.setState({ status: 'ready', scope, step, pace });
  };

  /** The step lives in the address (?step=2), so a reload or a laptop waking from sleep keeps the room's place. */
  private keepStep(step: number) {
    const params = new URLSearchParams(location.search);
    if (step === 0) params.delete('step');
    else params.set('step', String(step + 1));
    this.keepQuery(params);
  }

  /** Like the step, the pace lives in the address, kept only when it is off. */
  private setPace = (pace: boolean) => {
    const params = new URLSearchParams(location.search);
    if (pace) params.delete('pace');
    else params.set('pace', 'free');
    this.keepQuery(params);
    this.setState({ pace });
  };

  private keepQuery(params: URLSearchParams) {
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  private go(step: number) {
    this.keepStep(step);
    this.setState({ step }, () => document.getElementById('now-heading')?.focus());
  }

  private startOver = (scope: Scope) => {
    if (!window.confirm('Start a new room? Every count, hand-in and vote of this room is cleared, and phones join again with a new code.'))
      return;
    newRoom(scope.session);
    openRoom(scope.session, scope.title, roomContent('', scope).decisions, scope.hash);
  };

  private download = (scope: Scope, code: string) => {
    saveFile(`room-${code}.csv`, resultsCsv(this.state.room, scope, code), 'text/csv');
  };

  /** The dilemma, its counts and chart fill the screen for the projector; Escape or the button brings the console back. */
  project(on: boolean) {
    if (on) document.addEventListener('keydown', this.escape);
    else document.removeEventListener('keydown', this.escape);
    this.setState({ projected: on }, () => document.getElementById('now-heading')?.focus());
  }

  private escape = (event: KeyboardEvent) => event.key === 'Escape' && this.project(false);

  render({ base }: RoomConsoleProps, { room, status, scope, step, projected = false, pace }: State) {
    if (status === 'loading') return <p class="loading">Opening the room…</p>;
    const open = scope && own(room.rooms, scope.session);
    if (status === 'unknown' || !scope || !open) {
      return (
        <div class="problem" role="alert">
          <p>This room link does not name a track or dilemma this site has, or it could not be loaded.</p>
          <p>
            Open a <a href={`${base}tracks/`}>workshop track</a> or a <a href={`${base}dilemmas/`}>dilemma</a> and choose “Collect answers
            from phones”.
          </p>
        </div>
      );
    }
    const { code } = open;
    const current = scope.decisions[step]!;
    const decision = roomDecision(room, scope.session, current.id);
    const join = new URL(scope.joinPath(code), `${location.origin}${base}`);
    // Phones read the pace once, when they join: they wait for each reveal unless the link says "&pace=free".
    if (!pace) join.searchParams.set('pace', 'free');
    const joinUrl = join.href;
    const total = scope.decisions.length;
    const phoneCount = phonesInSession(room, scope.session);
    const people = peopleInSession(room, scope.session);
    // Said on the console and on the projected join screen: a phone's first hand-in counted in the first vote only.
    const secondVote =
      decision.rounds.length > 1
        ? `Second vote on dilemma ${step + 1}: every phone hands in again, changed or not, and hands go up again.`
        : undefined;
    return (
      <div class="console">
        <h1>
          Room <span class="room-code">{code}</span>
        </h1>
        <p class="console-title">{scope.title}</p>
        <p class="phones">
          {phoneCount === 0
            ? 'No phones have handed in yet.'
            : people > phoneCount
              ? `${people} people on ${phoneCount} ${phoneCount === 1 ? 'phone have' : 'phones have'} handed in so far.`
              : `${phoneCount} ${phoneCount === 1 ? 'phone has' : 'phones have'} handed in so far.`}
        </p>
        <JoinScreen code={code} url={joinUrl} title={scope.title} announce={secondVote} compact={phoneCount > 0} />
        <p class="pace">
          <label>
            <input type="checkbox" checked={pace} onChange={(e) => this.setPace((e.currentTarget as HTMLInputElement).checked)} /> Phones
            wait for my reveal
          </label>{' '}
          <span class="hint">
            {pace
              ? 'Each dilemma opens on a phone once the one before it is revealed. Phones that have joined keep the pace they joined with.'
              : 'Phones move through the dilemmas freely; what happened still waits for your reveal.'}
          </span>
        </p>
        <section
          class="now"
          aria-labelledby="now-heading"
          data-comparing={decision.revealed && decision.rounds.length > 1}
          data-projected={projected}
        >
          <p class="project">
            <button type="button" class="button" aria-pressed={projected} onClick={() => this.project(!projected)}>
              {projected ? 'Back to the console' : 'Show this dilemma full screen'}
            </button>
          </p>
          {total > 1 && (
            <nav class="steps" aria-label="Dilemmas in this room">
              <button type="button" class="button" disabled={step === 0} onClick={() => this.go(step - 1)}>
                ← Previous
              </button>
              <span>
                Dilemma {step + 1} of {total}
              </span>
              <button type="button" class="button" disabled={step === total - 1} onClick={() => this.go(step + 1)}>
                Next →
              </button>
            </nav>
          )}
          <h2 id="now-heading" tabIndex={-1}>
            {current.question}
          </h2>
          <RoomTally key={current.id} session={scope.session} decision={current.id} choices={current.choices} />
          <div class="round-actions">
            {decision.rounds.length < MAX_ROUNDS ? (
              <button type="button" class="button" onClick={() => startSecondRound(scope.session, current.id)}>
                Vote again after discussion
              </button>
            ) : (
              <p class="second-vote" role="status">
                {secondVote} Both votes are in the export.
              </p>
            )}
          </div>
          {decision.revealed && <RevealCode room={code} decision={current.id} site={`${location.origin}${base}`} />}
          {decision.revealed && <RoundsCompare decision={decision} choices={current.choices} />}
          {decision.revealed && <Forces id={`room-${current.id}`} forces={current.forces} />}
        </section>
        <Collect session={scope.session} code={code} />
        <p class="export">
          <button type="button" class="button" onClick={() => this.download(scope, code)}>
            Download the results (CSV, every round)
          </button>{' '}
          <button type="button" class="button" onClick={() => this.startOver(scope)}>
            Start a new room
          </button>
        </p>
      </div>
    );
  }
}
