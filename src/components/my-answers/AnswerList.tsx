import './answer-list.css';
import type { DecisionsState } from '../decision/store';
import type { DecisionSummary } from '../../stories/summary';
import SavedNote from '../rehearsal/SavedNote';
import { own } from '../../lib/storage/guards';

interface Props {
  decisions: DecisionSummary[];
  state: DecisionsState;
  /** Under its story's heading: the decisions in the order given, without naming the story again. */
  inStory?: boolean;
}

const date = (at: number) => new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The reader's answers: choice, date, consequence, the narrator's choice and
 * rehearsal note; newest first unless the list sits under its story. Notes
 * are text, never HTML.
 */
export default function AnswerList({ decisions, state, inStory = false }: Props) {
  const answered = decisions.filter((d) => own(state.answers, d.id));
  if (!inStory) answered.sort((a, b) => own(state.answers, b.id)!.at - own(state.answers, a.id)!.at);
  if (answered.length === 0) return <p class="empty">No answers on this device yet.</p>;
  const Heading = inStory ? 'h4' : 'h3';
  return (
    <ol class="rows answer-list">
      {answered.map((decision) => {
        const answer = own(state.answers, decision.id)!;
        const choice = decision.choices.find((c) => c.id === answer.choice);
        const narrator = decision.choices.find((c) => c.id === decision.actual);
        const note = own(state.notes, decision.id);
        return (
          <li key={decision.id} data-decision={decision.id}>
            <Heading>
              <a href={decision.dilemmaHref}>{decision.question}</a>
            </Heading>
            <p class="meta">
              {inStory ? (
                'Answered '
              ) : (
                <>
                  From <a href={decision.storyHref}>{decision.storyTitle}</a> · answered{' '}
                </>
              )}
              <time dateTime={new Date(answer.at).toISOString()}>{date(answer.at)}</time>
            </p>
            <p class="choice">
              You chose: <strong>{choice?.label ?? 'a choice this decision no longer offers'}</strong>
            </p>
            {choice && <p class="consequence">{choice.consequence}</p>}
            {choice && narrator && (
              <p class="narrator">
                {narrator === choice ? (
                  'The narrator made the same choice.'
                ) : (
                  <>
                    The narrator chose: <strong>{narrator.label}</strong>
                  </>
                )}
              </p>
            )}
            {note && <SavedNote label="What you would say:" text={note.text} />}
          </li>
        );
      })}
    </ol>
  );
}
