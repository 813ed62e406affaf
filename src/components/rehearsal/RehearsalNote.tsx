import { useState } from 'preact/hooks';
import { useStore } from '../storage/use-store';
import { $decisions, EMPTY, setNote } from '../decision/store';
import SavedNote from './SavedNote';
import { own } from '../storage/guards';

interface Props {
  decision: string;
}

/**
 * "What would I actually say, and to whom?" Rehearsing the words is what makes
 * a choice usable on the day. Shown once the decision is answered; kept on this
 * device as plain text (Preact renders it as text, never as HTML).
 */
export default function RehearsalNote({ decision }: Props) {
  const state = useStore($decisions, { ssr: () => EMPTY });
  const saved = own(state.notes, decision)?.text ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const field = `note-${decision}`;

  if (!own(state.answers, decision)) {
    return <p class="rehearsal-wait">Answer the question above, then write down what you would actually say.</p>;
  }
  return (
    <div class="rehearsal-note">
      <label for={field}>What would you actually say, and to whom?</label>
      <textarea
        id={field}
        rows={4}
        value={draft ?? saved}
        onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
      />
      <div class="actions">
        <button
          type="button"
          class="button primary"
          onClick={() => {
            setNote(decision, draft ?? saved);
            setDraft(null);
            setStatus((draft ?? saved).trim() ? 'Note saved on this device.' : 'Note removed.');
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
