import './present.css';
import PresentJoin from './PresentJoin';
import { LETTERS } from '../../utils/letters';
import { NOT_LEGAL_ADVICE } from '../../editorial/not-legal-advice';
import type { DilemmaFile, ForceLink } from '../../stories/summary';
import { Fragment } from 'preact';

export interface PresentProps {
  /** "present" on a page, where :target shows it at #present; none where a session draws it shown. */
  id?: string;
  question: string;
  setup: string;
  choices: { label: string }[];
  storyTitle: string;
  /** Named to the room only once it has chosen: folded until the facilitator opens it. */
  forces: ForceLink[];
  /** Background for the facilitator, folded with the forces; empty when there is none. */
  legal: string;
  sources: DilemmaFile['sources'];
  /** The room store's session this screen belongs to, for the join code once a room is open. */
  room: string;
  /** Absolute URL of the dilemma page: the QR code while no room is open. */
  dilemmaUrl: string;
  /** A room open for this screen: its code and where phones join. */
  joined?: { code: string; url: string } | undefined;
  /** Back to the screen the view was opened from: the dilemma page, a track's step or a session's. */
  leaveHref: string;
  /** In a track or a session: where this dilemma sits, and the present views either side. */
  flow?: { title: string; n: number; total: number; previousHref?: string | undefined; nextHref?: string | undefined } | undefined;
}

/** What the facilitator opens once the room has chosen, named in the fold's summary. */
const after = (forces: boolean, legal: boolean) =>
  [forces && 'what may have been pulling at you', legal && 'the legal context'].filter(Boolean).join(' and ');

/**
 * One screen for the projector: the facts, the question and the choices, large
 * enough to read from the back of a room, with one QR code. Drawn at build
 * time on a dilemma page and a track's step (PresentView.astro, shown by
 * :target) and in the browser by a shared session, the same component.
 * Anything that gives the outcome away is folded and `facilitator-only`.
 */
export default function Present(props: PresentProps) {
  const { id, question, setup, choices, storyTitle, forces, legal, sources, room, dilemmaUrl, joined, leaveHref, flow } = props;
  const fold = after(forces.length > 0, legal !== '');
  return (
    <section
      id={id}
      class={id ? 'present' : 'present shown'}
      aria-label="Present view"
      data-pagefind-ignore="all"
      data-room={room}
      data-dilemma-url={dilemmaUrl}
    >
      <nav class="present-bar" aria-label="Present view">
        <p class="source">
          Judgment Calls · from “{storyTitle}”
          {flow && (
            <>
              {' '}
              · {flow.title}:{' '}
              <strong>
                dilemma {flow.n} of {flow.total}
              </strong>
            </>
          )}
        </p>
        <p class="moves">
          {flow?.previousHref && (
            <a href={flow.previousHref} rel="prev">
              ← Previous
            </a>
          )}
          {flow?.nextHref && (
            <a href={flow.nextHref} rel="next">
              Next →
            </a>
          )}
          <a href={leaveHref}>Leave the present view</a>
        </p>
      </nav>
      <div class="stage">
        <div class="ask">
          {setup && <p class="present-setup">{setup}</p>}
          <h2>{question}</h2>
          <ol class="choices">
            {choices.map((choice, index) => (
              <li key={choice.label}>
                <span class="letter" aria-hidden="true">
                  {LETTERS[index]}
                </span>
                <span>{choice.label}</span>
              </li>
            ))}
          </ol>
          {fold && (
            <details class="after facilitator-only">
              <summary>Once the room has chosen: {fold}</summary>
              {forces.length > 0 && (
                <ul class="forces">
                  {forces.map((force) => (
                    <li key={force.id}>
                      <a href={force.href}>{force.title}</a>
                    </li>
                  ))}
                </ul>
              )}
              {legal && (
                <div class="legal">
                  <p>{legal}</p>
                  {sources.length > 0 && (
                    <p class="sources">
                      Sources:{' '}
                      {sources.map((source, i) => (
                        <Fragment key={source.title}>
                          {i > 0 && '; '}
                          {source.url ? <a href={source.url}>{source.title}</a> : source.title}
                        </Fragment>
                      ))}
                    </p>
                  )}
                  <p class="disclaimer">{NOT_LEGAL_ADVICE}</p>
                </div>
              )}
            </details>
          )}
        </div>
        <div class="present-join" data-present-join>
          <PresentJoin url={joined?.url ?? dilemmaUrl} code={joined?.code} />
        </div>
      </div>
    </section>
  );
}
