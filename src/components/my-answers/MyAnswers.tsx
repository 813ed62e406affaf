import { createRef } from 'preact';
import { $decisions, EMPTY, decisionStore, replaceAll, type DecisionsState } from '../decision/store';
import { own } from '../../lib/storage/guards';
import { $storageProblem, type StorageProblem } from '../../lib/storage/engine';
import { Watching } from '../../lib/storage/watching';
import { removeEverything } from './clear-everything';
import { clearRoom } from '../room/protocol/store';
import { clearProgress } from '../tracks/progress';
import AnswersByStory from './AnswersByStory';
import Guarded from './Guarded';
import HowYouChose from './HowYouChose';
import LensProfile from './LensProfile';
import ReadNext from './ReadNext';
import ForcesMet from './ForcesMet';
import { exportFile, MAX_IMPORT_BYTES, merge, readImport } from './exchange';
import { fetchSummary, type Summaries } from './summaries';
import type { LensLabel, StoryLink } from './types';
import type { DecisionSummary } from '../../stories/summary';
import { saveFile } from '../../utils/download';

interface Props {
  /** How many decisions the site has. */
  total: number;
  /** Where each decision's summary lives: `<summaries><id>/summary.json`. */
  summaries: string;
  lenses: LensLabel[];
  /** Where the About page explains the lenses. */
  about: string;
  /** Every story, newest first: to group answers by story and suggest one to read next. */
  stories: StoryLink[];
  /** What to say about each storage problem (rendered copy, see decision/notices.ts). */
  notices: Record<StorageProblem, string>;
}

interface State {
  state: DecisionsState;
  problem: StorageProblem | null;
  /** Summaries of answered decisions, fetched as needed; null for ids the site does not know. */
  summaries: Summaries;
  /** Whether the browser has promised to keep the site's data. */
  persisted: boolean;
  confirming: boolean;
  status: string;
}

const PAUSED = 'A newer version of the site saved your data in this browser, so this page does not change it.';

/** Everything the reader has answered on this device, their lens profile, and their data: export, import, clear. */
export default class MyAnswers extends Watching<Props, State> {
  state: State = { state: EMPTY, problem: null, summaries: {}, persisted: true, confirming: false, status: '' };
  private file = createRef<HTMLInputElement>();
  private asked = new Set<string>();

  componentDidMount() {
    this.watch('state', $decisions);
    this.watch('problem', $storageProblem);
    // Safari may erase script-written storage after seven days without a visit,
    // unless the browser has promised to keep it.
    navigator.storage?.persisted?.().then(
      (persisted) => this.setState({ persisted }),
      () => this.setState({ persisted: false }),
    );
  }

  componentDidUpdate() {
    // Fetches the summary of every answered decision not asked for yet.
    const missing = Object.keys(this.state.state.answers).filter((id) => !this.asked.has(id));
    if (missing.length === 0) return;
    missing.forEach((id) => this.asked.add(id));
    Promise.all(missing.map(async (id) => [id, await fetchSummary(this.props.summaries, id)] as const)).then((found) =>
      this.setState(({ summaries }) => ({ summaries: { ...summaries, ...Object.fromEntries(found) } })),
    );
  }

  private download = () => {
    saveFile(`judgment-calls-answers-${new Date().toISOString().slice(0, 10)}.json`, exportFile($decisions.get()), 'application/json');
    this.setState({ status: 'Your answers were saved to a file.' });
  };

  private importFile = async (event: Event) => {
    const chosen = (event.target as HTMLInputElement).files?.[0];
    if (!chosen) return;
    // The size is checked before the file is read, so a huge file is never loaded.
    const result = readImport(chosen.size > MAX_IMPORT_BYTES ? '' : await chosen.text(), chosen.size);
    let status: string;
    if (!decisionStore.saving()) {
      status = `${PAUSED} Nothing was imported.`;
    } else if (result.ok) {
      replaceAll(merge($decisions.get(), result.state));
      const count = Object.keys(result.state.answers).length;
      status = `Imported ${count} ${count === 1 ? 'answer' : 'answers'} from ${chosen.name}.`;
    } else {
      status = result.message;
    }
    this.setState({ status });
    if (this.file.current) this.file.current.value = '';
  };

  private clearAll = () => {
    const left = removeEverything();
    replaceAll(EMPTY);
    clearRoom();
    clearProgress();
    this.setState({
      confirming: false,
      status:
        left.length > 0
          ? `${PAUSED} Everything else is cleared; that data was left as it was.`
          : 'All your answers, notes, room tallies, track progress and set-aside copies are cleared from this device.',
    });
  };

  render({ total, lenses, about, stories, notices }: Props, { state, problem, summaries, persisted, confirming, status }: State) {
    const ids = Object.keys(state.answers);
    const loading = ids.some((id) => !Object.hasOwn(summaries, id));
    const decisions = Object.values(summaries).filter((summary): summary is DecisionSummary => summary !== null);
    const answered = decisions.filter((d) => own(state.answers, d.id)).length;
    return (
      <div class="my-answers">
        {problem && (
          <p class="notice" role="status">
            {notices[problem]}
          </p>
        )}
        <p class="count">
          {loading
            ? 'Loading your answers…'
            : answered === 0
              ? 'You have not answered any decisions on this device yet.'
              : `You have answered ${answered} of ${total} decisions on this device.`}
        </p>

        {!loading && (
          <Guarded what="summary">
            <HowYouChose state={state} decisions={decisions} lenses={lenses} />
          </Guarded>
        )}

        <Guarded what="suggestion">
          <ReadNext state={state} stories={stories} />
        </Guarded>

        <Guarded what="lens profile">
          <LensProfile state={state} decisions={decisions} lenses={lenses} about={about} />
        </Guarded>

        <Guarded what="forces">
          <ForcesMet state={state} decisions={decisions} />
        </Guarded>

        <section aria-labelledby="answers-heading">
          <h2 id="answers-heading">Your answers</h2>
          <Guarded what="answers">
            <AnswersByStory decisions={decisions} state={state} stories={stories} />
          </Guarded>
        </section>

        <section aria-labelledby="data-heading" class="data">
          <h2 id="data-heading">Your data</h2>
          {!persisted && answered > 0 && (
            <p class="hint keep-a-copy">
              This browser has not promised to keep the site’s data, and some browsers, Safari among them, erase it after seven days without
              a visit. Export a file now and then to keep a copy.
            </p>
          )}
          <div class="actions">
            <button type="button" class="button" onClick={this.download}>
              Export as a file (JSON)
            </button>
            <button type="button" class="button" onClick={() => window.print()}>
              Print my answers
            </button>
          </div>
          <div class="import">
            <label for="import-file">Import answers from a file</label>
            <input id="import-file" ref={this.file} type="file" accept="application/json,.json" onChange={this.importFile} />
            <p class="hint">
              Importing merges a file exported on another device into this one: for each decision the more recent answer and note win,
              histories are combined, and each tally keeps the larger count. Nothing is replaced by an unreadable file.
            </p>
          </div>
          <div class="clear">
            {confirming ? (
              <div role="group" aria-labelledby="clear-question">
                <p id="clear-question">
                  Clear every answer, rehearsal note, tally, room count and track position on this device? This cannot be undone; export
                  first if you want a copy.
                </p>
                <button type="button" class="button primary" onClick={this.clearAll}>
                  Yes, clear everything
                </button>{' '}
                <button type="button" class="button" onClick={() => this.setState({ confirming: false })}>
                  Keep my data
                </button>
              </div>
            ) : (
              <button type="button" class="button" onClick={() => this.setState({ confirming: true })}>
                Clear all my data…
              </button>
            )}
          </div>
          <p class="status" role="status">
            {status}
          </p>
        </section>
      </div>
    );
  }
}
