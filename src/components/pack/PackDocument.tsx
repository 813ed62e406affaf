import Qr from '../share/Qr';
import TimingTable from '../tracks/TimingTable';
import Objectives from '../tracks/Objectives';
import PackReveal from './PackReveal';
import PackColophon from './PackColophon';
import { planMinutes } from '../sessions/plan';
import type { PackData } from './types';
import { LETTERS } from '../../utils/letters';
import { shortUrl } from '../../utils/url';
import { reviewedOn } from '../../editorial/review';
import { CONTENT_LICENCE } from '../../editorial/licence';

/** A session's link is long and unreadable: a caption only says to scan it. */
const follow = (link: string) =>
  shortUrl(link).length <= 60 ? `The room follows along at ${shortUrl(link)}` : 'Scan to follow along on a phone';

/** The concepts index beside a dilemma's address (…/dilemmas/<id>/ → …/concepts/), base path and all. */
const conceptsUrl = (dilemmaUrl: string) => new URL('../../concepts/', dilemmaUrl).href;

/**
 * A facilitator pack: one document that prints as a cover with the timing
 * plan, the opening and the review, licence and terms; for each dilemma a
 * page to run it and a page for its reveal; and a closing debrief page
 * (pack.css starts each on a new sheet). Rendered at build time for a track,
 * and in the browser for a shared session.
 */
export default function PackDocument({
  title,
  audience,
  objectives,
  link,
  plan,
  opening,
  notes,
  closing,
  background = [],
  beforeAndAfter = [],
  dilemmas,
  missing,
  home,
  attribution,
}: PackData) {
  const minutes = planMinutes(plan);
  const perDilemma = plan[1]?.minutes;
  const kicker = (index: number) => `Dilemma ${index + 1} of ${dilemmas.length}`;
  return (
    <article class="pack">
      <header class="pack-cover">
        <p class="pack-kicker">Facilitator pack</p>
        <h1>{title}</h1>
        <p class="pack-meta">
          {audience && <>For {audience} · </>}
          {dilemmas.length} {dilemmas.length === 1 ? 'dilemma' : 'dilemmas'} · {minutes} minutes
        </p>
        <p class="pack-meta">
          Last reviewed {reviewedOn} · {CONTENT_LICENCE.name} · Not legal advice
        </p>
        <Objectives objectives={objectives} id="pack-objectives" />
        <div class="pack-cover-grid">
          <TimingTable rows={plan} caption={`Timing plan: ${minutes} minutes`} />
          <figure class="pack-qr">
            <Qr href={link} />
            <figcaption>{follow(link)}</figcaption>
          </figure>
        </div>
        {missing.length > 0 && (
          <p class="pack-missing">
            Left out: {missing.length} {missing.length === 1 ? 'dilemma' : 'dilemmas'} in the session’s link{' '}
            {missing.length === 1 ? 'is' : 'are'} no longer on the site ({missing.join(', ')}).
          </p>
        )}
        {notes.length > 0 && (
          <section class="pack-notes" aria-labelledby="pack-notes-heading">
            <h2 id="pack-notes-heading">Before you start</h2>
            {notes.map((paragraph) => (
              <p>{paragraph}</p>
            ))}
          </section>
        )}
        {beforeAndAfter.length > 0 && (
          <section class="pack-before-after" aria-labelledby="pack-before-after-heading">
            <h2 id="pack-before-after-heading">To send the room</h2>
            <ul>
              {beforeAndAfter.map((page) => (
                <li key={page.url}>
                  {page.label}: {shortUrl(page.url)}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="pack-opening-heading">
          <h2 id="pack-opening-heading">Opening</h2>
          {opening.map((paragraph) => (
            <p>{paragraph}</p>
          ))}
        </section>
        <PackColophon home={home} attribution={attribution} />
      </header>
      {dilemmas.map((dilemma, index) => (
        <section class="pack-dilemma" aria-labelledby={`pack-${dilemma.id}`} key={dilemma.id}>
          <p class="pack-kicker">
            {kicker(index)}
            {perDilemma ? ` · ${perDilemma} minutes` : ''} · from “{dilemma.storyTitle}”
          </p>
          <h2 id={`pack-${dilemma.id}`}>{dilemma.question}</h2>
          <div class="pack-lead">
            <div>
              {dilemma.setup && <p class="pack-setup">{dilemma.setup}</p>}
              <ol class="pack-choices">
                {dilemma.choices.map((choice, c) => (
                  <li>
                    <span class="letter letter-outline" aria-hidden="true">
                      {LETTERS[c]}
                    </span>
                    {choice.label}
                  </li>
                ))}
              </ol>
            </div>
            <figure class="pack-qr">
              <Qr href={dilemma.url} />
              <figcaption>{shortUrl(dilemma.url)}</figcaption>
            </figure>
          </div>
          {dilemma.discussion.length > 0 && (
            <>
              <h3>For discussion, once the room has committed</h3>
              <ol class="pack-questions">
                {dilemma.discussion.map((question) => (
                  <li>{question}</li>
                ))}
              </ol>
            </>
          )}
          <h3>The lenses behind each choice</h3>
          <table class="pack-lenses data-table">
            <thead>
              <tr>
                <th scope="col">Choice</th>
                <th scope="col">Leans on</th>
              </tr>
            </thead>
            <tbody>
              {dilemma.choices.map((choice, c) => (
                <tr>
                  <th scope="row">
                    {LETTERS[c]}. {choice.label}
                  </th>
                  <td>{choice.lenses.join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {dilemma.notes && (
            <>
              <h3>Facilitator notes</h3>
              <p class="pack-facilitator">{dilemma.notes}</p>
            </>
          )}
          {dilemma.coachNote && (
            <>
              <h3>Coach’s note</h3>
              {dilemma.coachNote.split('\n\n').map((paragraph) => (
                <p class="pack-facilitator pack-coach-note">{paragraph}</p>
              ))}
            </>
          )}
          {dilemma.forces.length > 0 && (
            <>
              <h3>Forces to name once the room has chosen</h3>
              <p class="pack-forces">
                {dilemma.forces.join(' · ')}. Each has a page under {shortUrl(conceptsUrl(dilemma.url))}.
              </p>
            </>
          )}
          <PackReveal dilemma={dilemma} kicker={kicker(index)} />
        </section>
      ))}
      <section class="pack-closing" aria-labelledby="pack-closing-heading">
        <h2 id="pack-closing-heading">Closing debrief</h2>
        {closing.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
        {background.length > 0 && (
          <>
            <h3>Background for the debrief</h3>
            {background.map((paragraph) => (
              <p class="pack-background">{paragraph}</p>
            ))}
          </>
        )}
      </section>
    </article>
  );
}
