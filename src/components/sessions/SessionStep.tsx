import DecisionWidget from '../decision/DecisionWidget';
import StepNav from '../walk/StepNav';
import RoomTally from '../room/console/RoomTally';
import { LENSES } from '../../stories/lenses';
import { own } from '../../lib/storage/guards';
import type { DilemmaFile } from '../../stories/summary';
import type { SessionView } from './session-link';
import { paragraphsOf } from './coach-kit';

interface Props {
  file: DilemmaFile;
  /** The coach's note on this dilemma, from the link; empty for none. */
  note: string;
  /** The coach's minutes for each dilemma, once the link's kit is read. */
  minutes: number | undefined;
  /** This dilemma's place in the session, from 1, and how many there are. */
  n: number;
  total: number;
  title: string;
  /** The session's storage key, for its room tally. */
  session: string;
  href: (view: SessionView) => string;
  roomOpen: boolean;
  toggleRoom: () => void;
}

const lensLabel = (id: string) => own<{ label: string }>(LENSES, id)?.label ?? id;

/**
 * One dilemma of a shared session: where the room is in the session, the
 * dilemma answered with the site's own widget, where it comes from, and the
 * facilitator's room tally.
 */
export default function SessionStep({ file, note, minutes, n, total, title, session, href, roomOpen, toggleRoom }: Props) {
  const choices = file.choices.map(({ id, label, consequence, lenses }) => ({ id, label, consequence, lenses: lenses.map(lensLabel) }));
  const room = `room-${file.id}`;
  return (
    <>
      <StepNav
        label="Session progress"
        title={title}
        overviewHref={href({ at: 'overview' })}
        n={n}
        total={total}
        previousHref={n > 1 ? href({ at: 'step', step: n - 1 }) : href({ at: 'overview' })}
        nextHref={n < total ? href({ at: 'step', step: n + 1 }) : href({ at: 'finish' })}
      />
      <section class="decision" aria-labelledby={file.id} key={file.id}>
        <p class="eyebrow">What would you do?</p>
        {file.setup && <p class="setup">{file.setup}</p>}
        <h1 id={file.id} class="question" tabIndex={-1}>
          {file.question}
        </h1>
        <div class="decision-island">
          <DecisionWidget id={file.id} choices={choices} forces={file.forces} />
        </div>
      </section>
      {note && (
        // Facilitator-only: a coach's note may say what the narrator did, and a joined phone must not show it before the reveal.
        <aside class="facilitator facilitator-only coach-note" aria-labelledby={`note-${file.id}`}>
          <h2 id={`note-${file.id}`}>Coach’s note{minutes ? ` · ${minutes} minutes for this dilemma` : ''}</h2>
          {paragraphsOf(note).map((p) => (
            <p>{p}</p>
          ))}
        </aside>
      )}
      <p class="links facilitator-only">
        From <a href={file.storyHref}>{file.storyTitle}</a> · <a href={file.dilemmaHref}>discussion guide</a> ·{' '}
        <a href={href({ at: 'step', step: n, present: true })}>present it to the room</a>
      </p>
      <section class="room facilitator-only" aria-labelledby={`${room}-heading`}>
        <h2 id={`${room}-heading`}>Room tally</h2>
        <p class="hint">
          Count hands on this device, keep the result hidden while the room decides, then reveal it. The counts belong to this session and
          never mix with anyone’s own answers.
        </p>
        <button type="button" class="button" aria-expanded={roomOpen ? 'true' : 'false'} aria-controls={room} onClick={toggleRoom}>
          Count hands in the room
        </button>
        <div id={room} class="room-panel" hidden={!roomOpen}>
          {roomOpen && (
            <RoomTally key={file.id} session={session} decision={file.id} choices={file.choices.map(({ id, label }) => ({ id, label }))} />
          )}
        </div>
      </section>
    </>
  );
}
