import type { PackDilemma } from './types';
import { LETTERS } from '../../utils/letters';
import { NOT_LEGAL_ADVICE } from '../../editorial/not-legal-advice';

/**
 * A dilemma's reveal, for whoever runs it: where each choice tends to lead,
 * what the narrator did, and the law behind it. It starts a sheet of its own
 * (pack.css), so the dilemma's first sheet can be shown to a room without it,
 * and carries `facilitator-only` so a joined phone never shows it.
 */
export default function PackReveal({ dilemma, kicker }: { dilemma: PackDilemma; kicker: string }) {
  const { id, question, choices, actual, legal, sources } = dilemma;
  const narrator = actual === undefined ? undefined : choices[actual];
  return (
    <section class="pack-reveal facilitator-only" aria-labelledby={`pack-reveal-${id}`}>
      <p class="pack-kicker">
        {kicker} · for the facilitator only · {question}
      </p>
      <h3 id={`pack-reveal-${id}`}>Where each choice leads</h3>
      <dl class="pack-consequences">
        {choices.map((choice, c) => (
          <>
            <dt>
              <span class="letter letter-outline">{LETTERS[c]}</span> {choice.label}
            </dt>
            <dd>{choice.consequence}</dd>
          </>
        ))}
      </dl>
      <h3>What the narrator did</h3>
      <p class="pack-actual">
        {narrator ? (
          <>
            In the story, the narrator chose {LETTERS[actual!]}: “{narrator.label}”. One view, not the verdict: it is what one person did,
            and the room may argue as well for another choice.
          </>
        ) : (
          <>
            The story does not say what the narrator chose, so there is no choice to reveal: the debrief rests on where each choice leads
            and the room’s reasons.
          </>
        )}
      </p>
      {legal && (
        <>
          <h3>Legal and accounting context</h3>
          <p class="pack-legal">{legal}</p>
          <p class="pack-disclaimer">{NOT_LEGAL_ADVICE}</p>
          {sources.length > 0 && (
            <>
              <h4>Sources</h4>
              <ul class="pack-sources">
                {sources.map((source) => (
                  <li key={source.title}>
                    {source.title}, {source.publisher}
                    {source.url && <>: {source.url}</>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
