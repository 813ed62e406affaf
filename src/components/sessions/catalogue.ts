import { $draft, addDilemma, removeDilemma } from './draft';
import { matches, type Criteria, type Listed } from './filter';
import { MAX_DILEMMAS } from './session-link';

/*
 * The builder's list of dilemmas (Catalogue.astro): filters that hide what
 * does not match, and Add buttons that put a dilemma in the session. The
 * buttons stay where they are when pressed, only their words change, so
 * keyboard focus never jumps.
 */
const items = [...document.querySelectorAll<HTMLLIElement>('li[data-dilemma]')];
const form = document.querySelector<HTMLFormElement>('[data-session-filters]');
const shown = document.querySelector<HTMLElement>('[data-shown]');
const picked = document.querySelector<HTMLElement>('[data-picked]');
const bar = document.querySelector<HTMLElement>('[data-picked-bar]');

const question = (id: string) => document.getElementById(`pick-${id}`)?.textContent?.trim() ?? id;

const listed = new Map<HTMLLIElement, Listed>(
  items.map((li) => [
    li,
    {
      themes: (li.dataset.themes ?? '').split(' '),
      lenses: (li.dataset.lenses ?? '').split(' '),
      forces: (li.dataset.forces ?? '').split(' '),
      minutes: Number(li.dataset.minutes),
      text: `${li.querySelector('.pick-question')?.textContent} ${li.querySelector('.pick-setup')?.textContent}`,
    },
  ]),
);

function applyFilters() {
  if (!form) return;
  const data = new FormData(form);
  const criteria: Criteria = {
    theme: String(data.get('theme') ?? ''),
    lens: String(data.get('lens') ?? ''),
    force: String(data.get('force') ?? ''),
    minutes: Number(data.get('minutes') ?? 0) || 0,
    text: String(data.get('text') ?? ''),
  };
  let count = 0;
  for (const [li, item] of listed) {
    li.hidden = !matches(item, criteria);
    if (!li.hidden) count++;
  }
  if (shown) shown.textContent = count === items.length ? `${count} dilemmas` : `${count} of ${items.length} dilemmas shown`;
}

// A concept page links here with ?force=<id>, so a coach starts from "a session on obedience to authority".
const asked = new URLSearchParams(location.search).get('force');
const forceSelect = form?.querySelector<HTMLSelectElement>('select[name="force"]');
if (asked && forceSelect && [...forceSelect.options].some((option) => option.value === asked)) {
  forceSelect.value = asked;
  applyFilters();
}

form?.addEventListener('input', applyFilters);
form?.addEventListener('submit', (event) => event.preventDefault());

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-add]') : null;
  const id = button?.dataset.add;
  if (!id) return;
  if ($draft.get().ids.includes(id)) {
    removeDilemma(id);
    say(`Removed: ${question(id)}. ${count()}`);
  } else if (addDilemma(id)) {
    say(`Added: ${question(id)}. ${count()}`);
  } else {
    say(`A session holds at most ${MAX_DILEMMAS} dilemmas.`);
  }
});

const count = () => {
  const n = $draft.get().ids.length;
  return `${n} ${n === 1 ? 'dilemma' : 'dilemmas'} in the session.`;
};

function say(message: string) {
  if (picked) picked.textContent = message;
}

$draft.subscribe(({ ids }) => {
  if (bar) {
    bar.hidden = ids.length === 0;
    bar.querySelector('[data-picked-count]')!.textContent = count();
  }
  for (const li of items) {
    const added = ids.includes(li.dataset.dilemma ?? '');
    li.toggleAttribute('data-added', added);
    const button = li.querySelector<HTMLButtonElement>('[data-add]');
    if (button) button.textContent = added ? 'Remove from session' : 'Add to session';
  }
});
