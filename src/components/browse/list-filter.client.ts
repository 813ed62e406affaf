import { matches, type Criteria, type Listed } from '../sessions/filter';

/*
 * Filters a page's list of every story or dilemma (ListFilter.astro) with the
 * session builder's matching. The choices live in the address (?theme=…,
 * ?narrator=…), so a link can open the list filtered (the home page's "from
 * your seat") and Back or a reload keeps it.
 */
const form = document.querySelector<HTMLFormElement>('[data-list-filter]');
const shown = document.querySelector<HTMLElement>('[data-shown]');
const words = (value = '') => value.split(' ').filter(Boolean);

const listed = new Map<HTMLElement, Listed>(
  [...document.querySelectorAll<HTMLElement>('[data-filter-item]')].map((item) => [
    item,
    {
      themes: words(item.dataset.themes),
      narrators: words(item.dataset.narrators),
      minutes: Number(item.dataset.minutes) || 0,
      lenses: [],
      forces: [],
      text: '',
    },
  ]),
);
const groups = [...document.querySelectorAll<HTMLElement>('[data-filter-group]')];

function apply() {
  if (!form) return;
  const data = new FormData(form);
  const asked = (name: string) => String(data.get(name) ?? '');
  const criteria: Criteria = {
    theme: asked('theme'),
    narrator: asked('narrator'),
    minutes: Number(asked('minutes')) || 0,
    lens: '',
    force: '',
    text: '',
  };
  let count = 0;
  for (const [item, described] of listed) {
    item.hidden = !matches(described, criteria);
    if (!item.hidden) count++;
  }
  for (const group of groups) group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
  if (shown) {
    const { one, many } = shown.dataset;
    shown.textContent = count === listed.size ? `${count} ${count === 1 ? one : many}` : `${count} of ${listed.size} ${many} shown`;
  }
}

const selects = [...(form?.querySelectorAll('select') ?? [])];
const params = new URLSearchParams(location.search);
for (const select of selects) {
  const value = params.get(select.name);
  if (value && [...select.options].some((option) => option.value === value)) select.value = value;
}
apply();

form?.addEventListener('input', () => {
  apply();
  const next = new URLSearchParams(location.search);
  for (const { name, value } of selects) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  const query = next.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
});
form?.addEventListener('submit', (event) => event.preventDefault());
