import './answer-list.css';
import type { DecisionsState } from '../decision/store';
import type { DecisionSummary } from '../../stories/summary';
import SavedNote from '../rehearsal/SavedNote';
import { own } from '../../lib/storage/guards';

interface Props {
  decisions: DecisionSummary[];
  state: DecisionsState;
}

const date = (at: number) => new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** The reader's answers, newest first: choice, date, consequence and rehearsal note. Notes are text, never HTML. */
export default function AnswerList({ decisions, state }: Props) {
  const answered = decisions
    .filter((d) => own(state.answers, d.id))
    .sort((a, b) => own(state.answers, b.id)!.at - own(state.answers, a.id)!.at);
  if (answered.length === 0) return <p class="empty">No answers on this device yet.</p>;
  return (
    <ol class="rows answer-list">
      {answered.map((decision) => {
        const answer = own(state.answers, decision.id)!;
        const choice = decision.choices.find((c) => c.id === answer.choice);
        const note = own(state.notes, decision.id);
        return (
          <li key={decision.id} data-decision={decision.id}>
            <h3>
              <a href={decision.dilemmaHref}>{decision.question}</a>
            </h3>
            <p class="meta">
              From <a href={decision.storyHref}>{decision.storyTitle}</a> · answered{' '}
              <time dateTime={new Date(answer.at).toISOString()}>{date(answer.at)}</time>
            </p>
            <p class="choice">
              You chose: <strong>{choice?.label ?? 'a choice this decision no longer offers'}</strong>
            </p>
            {choice && <p class="consequence">{choice.consequence}</p>}
            {note && <SavedNote label="What you would say:" text={note.text} />}
          </li>
        );
      })}
    </ol>
  );
}
