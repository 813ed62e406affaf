import { setBackground, setClosing, setMinutes, setOpening } from './draft';
import { MAX_PROSE, type CoachKit } from './coach-kit';
import { PLAN_LIMITS, PLAN_PARTS, clampMinutes, type SessionMinutes } from './plan';

const LABELS: Record<keyof SessionMinutes, string> = {
  opening: 'Opening',
  dilemma: 'Each dilemma',
  slack: 'Slack',
  debrief: 'Debrief',
};

const WORDS = [
  [
    'Opening',
    'opening',
    setOpening,
    'Read or paraphrased to open the session. Leave it empty for the standard opening (ground rules and how a round runs).',
  ],
  [
    'Closing',
    'closing',
    setClosing,
    'For the debrief. Leave it empty for the standard closing (where the room split, and Monday’s question).',
  ],
  [
    'Facilitator notes',
    'background',
    setBackground,
    'For you and co-facilitators, before you start: what to expect, where rooms split. Printed in the pack; never shown to phones.',
  ],
] as const;

/** What the folded words hold, so a coach sees a track's words arrived without opening them. */
function written(kit: CoachKit): string {
  const own = WORDS.filter(([, field]) => kit[field].trim()).map(([label]) => label.toLowerCase());
  return own.length === 0 ? 'the standard words' : `yours: ${own.join(', ')}`;
}

/**
 * The coach's minutes per part and their own opening, closing and notes, in
 * the builder. Blank lines separate paragraphs. A minute box keeps what is
 * typed (so "1" can become "12") and settles within its limits when it loses
 * focus; the estimate always uses the settled value.
 */
export default function CoachFields({ kit }: { kit: CoachKit }) {
  return (
    <>
      <fieldset class="minutes">
        <legend>Minutes</legend>
        {PLAN_PARTS.map((part) => {
          const [min, max] = PLAN_LIMITS[part];
          const value = kit.plan[part];
          return (
            <label key={part}>
              <span>{LABELS[part]}</span>
              <input
                class="field"
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                value={Number.isFinite(value) ? value : ''}
                onInput={(e) => setMinutes(part, (e.target as HTMLInputElement).valueAsNumber)}
                onChange={(e) => setMinutes(part, clampMinutes(part, (e.target as HTMLInputElement).valueAsNumber))}
              />
            </label>
          );
        })}
      </fieldset>
      {/* Not controlled: the coach opens and closes it, and emptying a box must not snap it shut. */}
      <details class="coach-words">
        <summary>
          Your opening, closing and notes <span class="which">({written(kit)})</span>
        </summary>
        <p class="hint">Blank lines start a new paragraph.</p>
        {WORDS.map(([label, field, set, hint]) => (
          <div class="coach-field" key={field}>
            <label for={`coach-${field}`}>{label}</label>
            <span class="hint" id={`coach-${field}-hint`}>
              {hint}
            </span>
            <textarea
              id={`coach-${field}`}
              class="field"
              rows={5}
              maxLength={MAX_PROSE}
              aria-describedby={`coach-${field}-hint`}
              value={kit[field]}
              onInput={(e) => set((e.target as HTMLTextAreaElement).value)}
            />
          </div>
        ))}
      </details>
    </>
  );
}
