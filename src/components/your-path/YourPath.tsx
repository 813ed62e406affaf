import { $decisions, EMPTY, type DecisionsState } from '../decision/store';
import { own } from '../../lib/storage/guards';
import { Watching } from '../../lib/storage/watching';
import { copyText } from '../share/copy-link';
import { CHOICES_PARAM, writeChoices } from '../share/shared-choices';
import RehearsalNote from '../rehearsal/RehearsalNote';
import type { PathProps } from './types';

/**
 * "Your path" at a story's end: the reader's choices beside the narrator's,
 * what each leaned on and what pulled at it, why careful people take the
 * narrator's route, questions, the law, and the story's closing question to
 * answer. Nothing shows until every decision is answered: the server renders
 * the waiting line, as an unanswered reader sees it.
 */
export default class YourPath extends Watching<PathProps, { decisions: DecisionsState }> {
  state = { decisions: EMPTY };

  componentDidMount() {
    this.watch('decisions', $decisions);
  }

  componentDidUpdate() {
    // The share box sits beside the island (YourPath.astro): pointed at a link with these choices once they are all made.
    const box = document.querySelector<HTMLElement>('[data-share-path]');
    const pairs = this.props.decisions.flatMap(({ id }) => {
      const choice = own(this.state.decisions.answers, id)?.choice;
      return choice ? [[id, choice] as const] : [];
    });
    if (!box) return;
    box.hidden = pairs.length < this.props.decisions.length;
    const link = `${location.origin}${location.pathname}?${CHOICES_PARAM}=${writeChoices(pairs)}`;
    const copy = box.querySelector('[data-copy-link]');
    if (copy && !box.hidden) copyText(copy, link);
  }

  render({ story, decisions, route, reflection, questions, legal }: PathProps, { decisions: stored }: { decisions: DecisionsState }) {
    const mine = (id: string) => own(stored.answers, id)?.choice;
    const answered = decisions.filter((d) => mine(d.id) !== undefined).length;
    if (answered < decisions.length) {
      return (
        <p class="your-path-wait">
          Answer all {decisions.length} of the story’s decisions to see your path: your choices beside the narrator’s, what pulled at each,
          and why careful people take the route they do. {answered > 0 && `${answered} answered so far.`}
        </p>
      );
    }
    const told = decisions.filter((d) => d.actual);
    const same = told.filter((d) => d.actual === mine(d.id)).length;
    return (
      <div class="your-path-card">
        <ol class="path-steps">
          {decisions.map((d) => {
            const you = d.choices.find((c) => c.id === mine(d.id));
            const narrator = d.choices.find((c) => c.id === d.actual);
            return (
              <li key={d.id}>
                <p class="path-question">
                  <a href={`#${d.id}`}>{d.question}</a>
                </p>
                <p>
                  You: <strong>{you?.label}</strong>{' '}
                  <span class="path-lenses">
                    ({you && you.lenses.length > 0 ? `leaning on ${you.lenses.join(', ')}` : 'leaning on none of the lenses'})
                  </span>
                </p>
                {narrator && (
                  <p>
                    The narrator: <strong>{narrator.label}</strong>
                    {narrator.id === you?.id && ' — the same'}
                  </p>
                )}
                {d.forces.length > 0 && (
                  <p class="path-forces">
                    What pulled:{' '}
                    {d.forces.map((force, i) => [
                      i > 0 ? ', ' : null,
                      <a key={force.id} href={force.href}>
                        {force.title}
                      </a>,
                    ])}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        {told.length > 0 && (
          <p class="path-sum">
            You chose as the narrator did in {same} of {told.length} {told.length === 1 ? 'decision' : 'decisions'}.
          </p>
        )}
        {route && (
          <>
            <h3>Why careful people take this route</h3>
            <p class="path-route">{route}</p>
          </>
        )}
        {questions.length > 0 && (
          <>
            <h3>{questions.length === 1 ? 'A question to sit with' : 'Two questions to sit with'}</h3>
            <ol class="path-questions">
              {questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ol>
          </>
        )}
        {legal.length > 0 && (
          <details class="path-legal">
            <summary>The legal context (not legal advice)</summary>
            {legal.map(({ question, text }) => (
              <div key={question}>
                <p class="path-question">{question}</p>
                <p>{text}</p>
              </div>
            ))}
          </details>
        )}
        {reflection && (
          <div class="path-reflection">
            <RehearsalNote decision={story} noteKey={`story:${story}`} prompt={reflection} />
          </div>
        )}
      </div>
    );
  }
}
