import { useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $decisions, EMPTY, replaceAll } from '../decision/store';
import { clearRoom } from '../room/store';
import { clearProgress } from '../tracks/progress';
import AnswerList from './AnswerList';
import { exportFile, merge, readImport } from './exchange';
import { lensProfile, type LensIndex } from './profile';
import type { DecisionSummary, LensLabel } from './types';

interface Props {
  decisions: DecisionSummary[];
  lenses: LensLabel[];
}

export default function MyAnswers({ decisions, lenses }: Props) {
  const state = useStore($decisions, { ssr: () => EMPTY });
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  const index: LensIndex = Object.fromEntries(
    decisions.map((d) => [d.id, Object.fromEntries(d.choices.map((c) => [c.id, c.lenses]))]),
  );
  const profile = lensProfile(state.answers, index, lenses.map((l) => l.id));
  const label = (id: string) => lenses.find((l) => l.id === id)?.label ?? id;

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
    const result = readImport(await chosen.text());
    if (result.ok) {
      replaceAll(merge($decisions.get(), result.state));
      setStatus(`Imported ${Object.keys(result.state.answers).length} answers from ${chosen.name}.`);
    } else {
      setStatus(result.message);
    }
    if (file.current) file.current.value = '';
  };

  const clearAll = () => {
    replaceAll(EMPTY);
    clearRoom();
    clearProgress();
    setConfirming(false);
    setStatus('All your answers, notes, room tallies and track progress are cleared from this device.');
  };

  return (
    <div class="my-answers">
      <p class="count">
        {profile.answered === 0
          ? 'You have not answered any decisions on this device yet.'
          : `You have answered ${profile.answered} of ${decisions.length} decisions on this device.`}
      </p>

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

      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Your answers</h2>
        <AnswerList decisions={decisions} state={state} />
      </section>

      <section aria-labelledby="data-heading" class="data">
        <h2 id="data-heading">Your data</h2>
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
