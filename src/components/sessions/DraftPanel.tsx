import {
  $draft,
  $kit,
  $kitDamaged,
  $leftOut,
  $packedKit,
  EMPTY_DRAFT,
  moveDilemma,
  removeDilemma,
  setAudience,
  setNote,
  setTitle,
} from './draft';
import { MAX_TEXT, sessionHash, type SessionLink } from './session-link';
import { clampPlan, planMinutes, sessionPlan } from './plan';
import { EMPTY_KIT, MAX_NOTE, noteOf, type CoachKit } from './coach-kit';
import CoachFields from './CoachFields';
import LinkLength from './LinkLength';
import { servedUrl } from '../../utils/url';
import { Watching } from '../../lib/storage/watching';
import { own } from '../../lib/storage/guards';
import SessionDownload from '../learning-platform/SessionDownload';

export interface DraftPanelProps {
  /** The session page and the session pack on this site (base path included). */
  sessionHref: string;
  packHref: string;
  /** The session page's absolute address, as the copied link gives it, to measure the link. */
  sessionUrl: string;
  /** The site's base path, ending in "/", and the note on what a learning platform receives. */
  base: string;
  learningHref: string;
}

interface State {
  draft: SessionLink;
  kit: CoachKit;
  /** The kit as the link carries it (k=). */
  packed: string;
  kitDamaged: boolean;
  leftOut: number;
  /** Questions by id, read once from the catalogue the page rendered. */
  questions: Record<string, string>;
  dragging: string | null;
  status: string;
}

/** The session being built: title, audience, running order, duration and its link. */
export default class DraftPanel extends Watching<DraftPanelProps, State> {
  state: State = {
    draft: EMPTY_DRAFT,
    kit: EMPTY_KIT,
    packed: '',
    kitDamaged: false,
    leftOut: 0,
    questions: {},
    dragging: null,
    status: '',
  };
  private list: HTMLOListElement | null = null;
  private root: HTMLElement | null = null;
  /** Where focus goes after the next render: moved list items are re-inserted, which can drop it. */
  private focusTarget: string | null = null;

  componentDidMount() {
    const questions: Record<string, string> = {};
    for (const heading of document.querySelectorAll<HTMLElement>('.pick-question')) {
      questions[heading.id.replace(/^pick-/, '')] = heading.textContent?.trim() ?? '';
    }
    this.setState({ questions });
    this.watch('draft', $draft);
    this.watch('leftOut', $leftOut);
    this.watch('kit', $kit);
    this.watch('packed', $packedKit);
    this.watch('kitDamaged', $kitDamaged);
  }

  componentDidUpdate() {
    const target = this.focusTarget && this.root?.querySelector<HTMLElement>(this.focusTarget);
    if (!target) return;
    this.focusTarget = null;
    if (document.activeElement !== target) target.focus();
  }

  private question = (id: string) => own(this.state.questions, id) ?? id;

  private position(id: string) {
    // The store, not state: state catches up with it on the next render.
    const { ids } = $draft.get();
    return `“${this.question(id)}” is now ${ids.indexOf(id) + 1} of ${ids.length}.`;
  }

  private move(id: string, to: number, control: 'up' | 'down') {
    const { ids } = $draft.get();
    // The button at the end of the list stays focusable (aria-disabled), and says why it did nothing.
    if (to < 0 || to >= ids.length) return this.setState({ status: `“${this.question(id)}” is already ${to < 0 ? 'first' : 'last'}.` });
    moveDilemma(id, to);
    this.focusTarget = `[data-id="${id}"] [data-move="${control}"]`;
    this.setState({ status: this.position(id) });
  }

  private remove(id: string) {
    const { ids } = $draft.get();
    const index = ids.indexOf(id);
    const next = ids[index + 1] ?? ids[index - 1];
    removeDilemma(id);
    this.focusTarget = next ? `[data-id="${next}"] [data-remove]` : '#draft-heading';
    this.setState({ status: `Removed “${this.question(id)}”.` });
  }

  // Dragging a handle (mouse, pen or finger) moves the item past the middle of
  // its neighbours; the buttons do the same without a pointer. The listeners
  // sit on the window: a moved item is re-inserted, which would drop a capture.
  private grab = (id: string) => (event: PointerEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    this.setState({ dragging: id, status: '' });
    addEventListener('pointermove', this.drag);
    addEventListener('pointerup', this.drop);
    addEventListener('pointercancel', this.drop);
  };

  private drag = (event: PointerEvent) => {
    const { dragging } = this.state;
    if (!dragging || !this.list) return;
    const items = [...this.list.querySelectorAll<HTMLElement>('li[data-id]')];
    const from = items.findIndex((li) => li.dataset.id === dragging);
    const over = items.findIndex((li) => {
      const box = li.getBoundingClientRect();
      return event.clientY >= box.top && event.clientY <= box.bottom;
    });
    if (over === -1 || over === from) return;
    const box = items[over]!.getBoundingClientRect();
    const middle = box.top + box.height / 2;
    if (over < from ? event.clientY < middle : event.clientY > middle) moveDilemma(dragging, over);
  };

  private drop = () => {
    removeEventListener('pointermove', this.drag);
    removeEventListener('pointerup', this.drop);
    removeEventListener('pointercancel', this.drop);
    const { dragging } = this.state;
    if (dragging) this.setState({ dragging: null, status: this.position(dragging) });
  };

  componentWillUnmount() {
    super.componentWillUnmount();
    this.drop();
  }

  render(
    { sessionHref, packHref, sessionUrl, base, learningHref }: DraftPanelProps,
    { draft, kit, packed, kitDamaged, leftOut, dragging, status }: State,
  ) {
    const { title, audience, ids } = draft;
    const plan = clampPlan(kit.plan);
    const minutes = planMinutes(sessionPlan(ids, plan));
    const hash = sessionHash(draft, undefined, packed);
    return (
      <div class="draft-panel" ref={(el) => void (this.root = el)}>
        <h2 id="draft-heading" tabIndex={-1}>
          Your session
        </h2>
        <div class="fields">
          {(
            [
              ['Title', title, setTitle],
              ['Audience', audience, setAudience],
            ] as const
          ).map(([label, value, set]) => (
            <label key={label}>
              <span>{label}</span>
              <input
                class="field"
                type="text"
                value={value}
                maxLength={MAX_TEXT}
                onInput={(e) => set((e.target as HTMLInputElement).value)}
              />
            </label>
          ))}
        </div>
        <p class="estimate">
          {ids.length} {ids.length === 1 ? 'dilemma' : 'dilemmas'} · about <strong>{minutes} minutes</strong>
          <span class="plan">
            {' '}
            ({plan.opening} to open, {plan.dilemma} per dilemma, {plan.slack} of slack, {plan.debrief} to debrief)
          </span>
        </p>
        <CoachFields kit={kit} />
        {kitDamaged && (
          <p class="left-out">
            The minutes, words and notes in the link you opened could not be read (it may have been cut short when it was copied). Every
            dilemma in it is still here; the standard minutes and words stand in.
          </p>
        )}
        {leftOut > 0 && (
          <p class="left-out">
            {leftOut === 1 ? 'One dilemma' : `${leftOut} dilemmas`} in the link {leftOut === 1 ? 'is' : 'are'} no longer on the site and{' '}
            {leftOut === 1 ? 'was' : 'were'} left out.
          </p>
        )}
        {ids.length === 0 ? (
          <p class="empty">No dilemmas yet. Add some from the list; then put them in order here.</p>
        ) : (
          <ol class="order" ref={(el) => void (this.list = el)} aria-label="Running order">
            {ids.map((id, index) => (
              <li key={id} data-id={id} class={dragging === id ? 'dragging' : undefined}>
                <span class="handle" aria-hidden="true" title="Drag to reorder" onPointerDown={this.grab(id)}>
                  <svg viewBox="0 0 10 16" width="10" height="16">
                    <path d="M2 2h2v2H2zM6 2h2v2H6zM2 7h2v2H2zM6 7h2v2H6zM2 12h2v2H2zM6 12h2v2H6z" fill="currentColor" />
                  </svg>
                </span>
                <span class="question" id={`order-${id}`}>
                  {this.question(id)}
                </span>
                <span class="order-buttons">
                  <button
                    type="button"
                    class="button"
                    data-move="up"
                    aria-describedby={`order-${id}`}
                    aria-disabled={index === 0 ? 'true' : undefined}
                    onClick={() => this.move(id, index - 1, 'up')}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    class="button"
                    data-move="down"
                    aria-describedby={`order-${id}`}
                    aria-disabled={index === ids.length - 1 ? 'true' : undefined}
                    onClick={() => this.move(id, index + 1, 'down')}
                  >
                    Move down
                  </button>
                  <button type="button" class="button" data-remove aria-describedby={`order-${id}`} onClick={() => this.remove(id)}>
                    Remove
                  </button>
                </span>
                {/* Not controlled, as CoachFields' words: clearing a note must not fold it away mid-edit. */}
                <details class="dilemma-note">
                  <summary aria-describedby={`order-${id}`}>{noteOf(kit, id).trim() ? 'Your note (written)' : 'Add your note'}</summary>
                  <label>
                    <span>Your note for you and co-facilitators; phones never see it</span>
                    <textarea
                      class="field"
                      rows={3}
                      maxLength={MAX_NOTE}
                      aria-describedby={`order-${id}`}
                      value={noteOf(kit, id)}
                      onInput={(e) => setNote(id, (e.target as HTMLTextAreaElement).value)}
                    />
                  </label>
                </details>
              </li>
            ))}
          </ol>
        )}
        <p class="status" role="status">
          {status}
        </p>
        {ids.length > 0 && (
          <div class="session-actions">
            <a class="button primary" href={`${sessionHref}#${hash}`}>
              Open the session
            </a>
            <a href={`${packHref}#${hash}`}>Print the facilitator pack</a>
          </div>
        )}
        {ids.length > 0 && (
          <SessionDownload
            title={draft.title}
            dilemmas={ids.map((id) => ({ id, question: this.question(id) }))}
            base={base}
            noteHref={learningHref}
          />
        )}
        {ids.length > 0 && (
          <LinkLength
            full={servedUrl(`${sessionUrl}#${hash}`)}
            room={servedUrl(`${sessionUrl}?room=ABC#${sessionHash(draft)}`)}
            hasKit={packed !== ''}
          />
        )}
      </div>
    );
  }
}
