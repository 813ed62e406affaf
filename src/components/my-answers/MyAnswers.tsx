import { useEffect, useErrorBoundary, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useStore } from '../storage/use-store';
import { $decisions, EMPTY, decisionStore, replaceAll, type DecisionsState } from '../decision/store';
import { own } from '../storage/guards';
import { $storageProblem, type StorageProblem } from '../storage/engine';
import { removeEverything } from './clear-everything';
import { clearRoom } from '../room/store';
import { clearProgress } from '../tracks/progress';
import AnswerList from './AnswerList';
import { exportFile, MAX_IMPORT_BYTES, merge, readImport } from './exchange';
import { lensProfile, type LensIndex } from './profile';
import type { DecisionSummary, LensLabel } from './types';

interface Props {
  decisions: DecisionSummary[];
  lenses: LensLabel[];
  /** What to say about each storage problem (rendered copy, see decision/notices.ts). */
  notices: Record<StorageProblem, string>;
}

const PAUSED = 'A newer version of the site saved your data in this browser, so this page does not change it.';

/** Shows its children, or a short message if they fail, so the data tools below always stay usable. */
function Guarded({ children, what }: { children: ComponentChildren; what: string }) {
  const [error] = useErrorBoundary();
  return error ? <p class="empty">Your {what} could not be shown. Export and Clear below still work.</p> : <>{children}</>;
}

/** How often the reader's choices lean on each lens, as bars and as a table. */
function LensProfile({ state, decisions, lenses }: { state: DecisionsState; decisions: DecisionSummary[]; lenses: LensLabel[] }) {
  const index: LensIndex = Object.fromEntries(
    decisions.map((d) => [d.id, Object.fromEntries(d.choices.map((c) => [c.id, c.lenses]))]),
  );
  const profile = lensProfile(state.answers, index, lenses.map((l) => l.id));
  const label = (id: string) => lenses.find((l) => l.id === id)?.label ?? id;
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Your lens profile</h2>
      <p class="hint">How often the choices you made lean on each ethical lens. One choice can lean on several, and a choice made only for your own sake leans on none.</p>
      <figure class="profile">
        <div class="bars" aria-hidden="true">
          {profile.rows.map((row) => (
            <div class="bar-row" key={row.lens}>
              <span class="bar-label">{label(row.lens)}</span>
              <span class="bar">
                {/* No style attribute in server HTML (CSP); widths are set once answers load. */}
                <span style={row.share > 0 ? { width: `${Math.round(row.share * 100)}%` } : undefined} />
              </span>
            </div>
          ))}
        </div>
        <table>
          <caption>Choices leaning on each lens</caption>
          <thead>
            <tr>
              <th scope="col">Lens</th>
              <th scope="col">Choices</th>
            </tr>
          </thead>
          <tbody>
            {profile.rows.map((row) => (
              <tr key={row.lens}>
                <th scope="row">{label(row.lens)}</th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </section>
  );
}

export default function MyAnswers({ decisions, lenses, notices }: Props) {
  const state = useStore($decisions, { ssr: () => EMPTY });
  const problem = useStore($storageProblem);
  const [persisted, setPersisted] = useState(true);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  const answered = decisions.filter((d) => own(state.answers, d.id)).length;

  useEffect(() => {
    // Safari may erase script-written storage after seven days without a visit,
    // unless the browser has promised to keep it.
    navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(false));
  }, []);

  const download = () => {
    const blob = new Blob([exportFile($decisions.get())], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `judgment-calls-answers-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
    setStatus('Your answers were saved to a file.');
  };

  const importFile = async (event: Event) => {
    const chosen = (event.target as HTMLInputElement).files?.[0];
    if (!chosen) return;
    // The size is checked before the file is read, so a huge file is never loaded.
    const result = readImport(chosen.size > MAX_IMPORT_BYTES ? '' : await chosen.text(), chosen.size);
    if (!decisionStore.saving()) {
      setStatus(`${PAUSED} Nothing was imported.`);
    } else if (result.ok) {
      replaceAll(merge($decisions.get(), result.state));
      setStatus(`Imported ${Object.keys(result.state.answers).length} answers from ${chosen.name}.`);
    } else {
      setStatus(result.message);
    }
    if (file.current) file.current.value = '';
  };

  const clearAll = () => {
    const left = removeEverything();
    replaceAll(EMPTY);
    clearRoom();
    clearProgress();
    setConfirming(false);
    setStatus(
      left.length > 0
        ? `${PAUSED} Everything else is cleared; that data was left as it was.`
        : 'All your answers, notes, room tallies, track progress and set-aside copies are cleared from this device.',
    );
  };

  return (
    <div class="my-answers">
      {problem && <p class="notice" role="status">{notices[problem]}</p>}
      <p class="count">
        {answered === 0
          ? 'You have not answered any decisions on this device yet.'
          : `You have answered ${answered} of ${decisions.length} decisions on this device.`}
      </p>

      <Guarded what="lens profile">
        <LensProfile state={state} decisions={decisions} lenses={lenses} />
      </Guarded>

      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Your answers</h2>
        <Guarded what="answers">
          <AnswerList decisions={decisions} state={state} />
        </Guarded>
      </section>

      <section aria-labelledby="data-heading" class="data">
        <h2 id="data-heading">Your data</h2>
        {!persisted && answered > 0 && (
          <p class="hint keep-a-copy">
            This browser has not promised to keep the site’s data, and some browsers, Safari among them, erase it after
            seven days without a visit. Export a file now and then to keep a copy.
          </p>
        )}
        <div class="actions">
          <button type="button" class="button" onClick={download}>
            Export as a file (JSON)
          </button>
          <button type="button" class="button" onClick={() => window.print()}>
            Print my answers
          </button>
        </div>
        <div class="import">
          <label for="import-file">Import answers from a file</label>
          <input id="import-file" ref={file} type="file" accept="application/json,.json" onChange={importFile} />
          <p class="hint">
            Importing merges a file exported on another device into this one: for each decision the more recent answer
            and note win, histories are combined, and each tally keeps the larger count. Nothing is replaced by an
            unreadable file.
          </p>
        </div>
        <div class="clear">
          {confirming ? (
            <div role="group" aria-labelledby="clear-question">
              <p id="clear-question">
                Clear every answer, rehearsal note, tally, room count and track position on this device? This cannot be
                undone; export first if you want a copy.
              </p>
              <button type="button" class="button primary" onClick={clearAll}>
                Yes, clear everything
              </button>{' '}
              <button type="button" class="button" onClick={() => setConfirming(false)}>
                Keep my data
              </button>
            </div>
          ) : (
            <button type="button" class="button" onClick={() => setConfirming(true)}>
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
