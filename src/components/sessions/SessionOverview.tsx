import Qr from '../share/Qr';
import StepList, { type StepItem } from '../walk/StepList';
import TimingTable from '../tracks/TimingTable';
import { planMinutes, sessionPlan } from './plan';
import { EMPTY_KIT, closingOf, openingOf, paragraphsOf, type ReadKit } from './coach-kit';
import { sessionHash, type SessionLink, type SessionView } from './session-link';
import type { DilemmaFile } from '../../stories/summary';
import type { SessionRunProps } from './SessionRun';
import SessionDownload from '../learning-platform/SessionDownload';
import { servedUrl } from '../../utils/url';

interface Props extends SessionRunProps {
  session: SessionLink;
  /** The link's k= as written, and what it unpacked to (null while it is being unpacked). */
  packed: string;
  kit: ReadKit | null;
  /** Ids the link listed beyond what a session holds. */
  extra: number;
  files: Record<string, DilemmaFile | null>;
  /** The dilemmas that run, in order. */
  steps: DilemmaFile[];
  loaded: boolean;
  /** The step to resume at, if this device has been here before. */
  resume: number | undefined;
  href: (view: SessionView) => string;
}

/**
 * A shared session's first screen: what it holds, its timing plan and
 * opening, where to start, and how to bring the room in. The coach's
 * background notes and the closing are folded away, and the notes are
 * facilitator-only: a phone that joined the room does not show them.
 */
export default function SessionOverview({
  sessionUrl,
  builderHref,
  packHref,
  roomHref,
  base,
  learningHref,
  session,
  packed,
  kit: read,
  extra,
  files,
  steps,
  loaded,
  resume,
  href,
}: Props) {
  const kit = read?.kit ?? EMPTY_KIT;
  const plan = sessionPlan(
    steps.map((s) => s.question),
    kit.plan,
  );
  const minutes = planMinutes(plan);
  // The room's link: without k=, so its QR code stays small and phones never get the coach's notes.
  const hash = sessionHash(session);
  // Drawn in the browser: the address of the host the room is using, not the build's.
  const shareUrl = servedUrl(`${sessionUrl}#${hash}`);
  // The facilitator's own links (pack, builder) keep the coach's kit.
  const full = sessionHash(session, undefined, packed);
  let position = 0;
  const items: StepItem[] = session.ids.map((id) => {
    const file = Object.hasOwn(files, id) ? files[id] : undefined;
    if (file === undefined) return { key: id, loading: true };
    if (file === null) return { key: id, gone: true };
    position += 1;
    return { key: id, href: href({ at: 'step', step: position }), question: file.question, storyTitle: file.storyTitle };
  });
  return (
    <>
      <p class="kicker">A shared session</p>
      <h1 tabIndex={-1}>{session.title || 'A session from Judgment Calls'}</h1>
      <p class="meta">
        {loaded ? `${steps.length} ${steps.length === 1 ? 'dilemma' : 'dilemmas'} · about ${minutes} minutes` : 'Loading the dilemmas…'}
        {session.audience && ` · for ${session.audience}`}
      </p>
      {read?.damaged && (
        <p class="notice">
          This link’s own minutes, opening, closing and notes could not be read: it may have been cut short when it was copied. Every
          dilemma in it is still here, with the standard plan and words. Ask whoever shared it for the whole link.
        </p>
      )}
      {loaded && steps.length > 0 && (
        <p class="start">
          {resume && resume <= steps.length ? (
            <>
              <a class="button primary" href={href({ at: 'step', step: resume })}>
                Resume at dilemma {resume} of {steps.length}
              </a>{' '}
              <a href={href({ at: 'step', step: 1 })}>or start from the beginning</a>
            </>
          ) : (
            <a class="button primary" href={href({ at: 'step', step: 1 })}>
              Start the walk-through
            </a>
          )}
        </p>
      )}
      {loaded && steps.length === 0 && <p class="notice">None of the dilemmas in this link are on the site any more.</p>}
      {extra > 0 && (
        <p class="notice">
          The link lists {extra} more {extra === 1 ? 'dilemma' : 'dilemmas'} than a session holds; {extra === 1 ? 'it was' : 'they were'}{' '}
          left out.
        </p>
      )}
      {loaded && steps.length > 0 && <TimingTable rows={plan} caption={`Timing plan: ${minutes} minutes`} />}
      {kit.background && (
        <details class="facilitator facilitator-only">
          <summary>Facilitator notes</summary>
          {paragraphsOf(kit.background).map((p) => (
            <p class="text">{p}</p>
          ))}
        </details>
      )}
      {read && (
        <>
          <h2>Opening</h2>
          {openingOf(kit).map((p) => (
            <p class="text">{p}</p>
          ))}
        </>
      )}
      <h2>The dilemmas</h2>
      <StepList items={items} />
      {read && (
        <details class="facilitator facilitator-only closing-words">
          <summary>Closing debrief</summary>
          {closingOf(kit).map((p) => (
            <p class="text">{p}</p>
          ))}
        </details>
      )}
      <h2 class="facilitator-only">Bring the room in</h2>
      <div class="share-session facilitator-only">
        <div class="code">
          <Qr href={shareUrl} />
        </div>
        <div class="share-text">
          {packed ? (
            <p>
              Everyone can follow along on their own device: point a phone’s camera at the code. It opens the dilemmas without your minutes,
              words and notes; the link below carries the whole session, for co-facilitators.
            </p>
          ) : (
            <p>Everyone can follow along on their own device: point a phone’s camera at the code, or copy the link below.</p>
          )}
          <p>
            <a href={`${packHref}#${full}`}>Print the facilitator pack</a> ·{' '}
            <a href={`${builderHref}#${full}`}>Adapt it in the session builder</a>
          </p>
          <p>
            Answering on phones? <a href={`${roomHref}#${hash}`}>Open the room console</a>: phones join with its QR code and hand in their
            answers, with no server in between.
          </p>
        </div>
      </div>
      {steps.length > 0 && (
        <SessionDownload
          title={session.title}
          dilemmas={steps.map((step) => ({ id: step.id, question: step.question }))}
          base={base}
          noteHref={learningHref}
        />
      )}
    </>
  );
}
