import { $decisions, EMPTY, setNote, type DecisionsState } from '../decision/store';
import SavedNote from './SavedNote';
import { own } from '../../lib/storage/guards';
import { Watching } from '../../lib/storage/watching';

interface Props {
  decision: string;
  /** Where the note is kept, when it is not the decision's own: "story:<id>" for a story's closing question. */
  noteKey?: string;
  /** The question to answer, when it is not the rehearsal's. A note with its own key is shown at once: its page decides when. */
  prompt?: string;
}

interface State {
  decisions: DecisionsState;
  /** What the reader is typing; null when it matches the saved note. */
  draft: string | null;
  status: string;
}

/**
 * "What would I actually say, and to whom?" Rehearsing the words is what makes
 * a choice usable on the day. Shown once the decision is answered; kept on this
 * device as plain text (Preact renders it as text, never as HTML).
 */
export default class RehearsalNote extends Watching<Props, State> {
  state: State = { decisions: EMPTY, draft: null, status: '' };

  componentDidMount() {
    this.watch('decisions', $decisions);
  }

  render({ decision, noteKey, prompt = 'What would you actually say, and to whom?' }: Props, { decisions, draft, status }: State) {
    const key = noteKey ?? decision;
    const saved = own(decisions.notes, key)?.text ?? '';
    const field = `note-${key.replace(/\W/g, '-')}`;
    if (!noteKey && !own(decisions.answers, decision)) {
      return <p class="rehearsal-wait">Answer the question above, then write down what you would actually say.</p>;
    }
    return (
      <div class="rehearsal-note">
        <label for={field}>{prompt}</label>
        <textarea
          id={field}
          rows={4}
          value={draft ?? saved}
          onInput={(e) => this.setState({ draft: (e.target as HTMLTextAreaElement).value })}
        />
        <div class="actions">
          <button
            type="button"
            class="button primary"
            onClick={() => {
              setNote(key, draft ?? saved);
              this.setState({ draft: null, status: (draft ?? saved).trim() ? 'Note saved on this device.' : 'Note removed.' });
            }}
          >
            Save note
          </button>
        </div>
        {saved && <SavedNote label="Your saved note:" text={saved} />}
        <p class="status" role="status">
          {status}
        </p>
      </div>
    );
  }
}
