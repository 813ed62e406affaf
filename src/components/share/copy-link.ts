import { servedUrl } from '../../utils/url';

/*
 * The one copy mechanism is CopyLink.astro: its client entry copies on click.
 * A page whose link changes in the browser (a shared session) points the box at
 * the new text through these two functions, never by reaching into its markup.
 * (The click handler stays in the entry: dilemma pages then load one small file.)
 * What is copied names the host the page was served from (servedUrl), not the
 * SITE_URL the page was built with.
 */

/** Points a CopyLink box at new text, clearing any "copied" message about the old one. */
export function copyText(box: Element, given: string): void {
  const text = servedUrl(given);
  const button = box.querySelector<HTMLButtonElement>('[data-copy]');
  if (!button || button.dataset.copy === text) return;
  button.dataset.copy = text;
  const input = box.querySelector('input');
  if (input) input.value = text;
  const status = box.querySelector('[role=status]');
  if (status) status.textContent = '';
}

/** The text a CopyLink box copies now. */
export const copiedText = (box: Element) => box.querySelector<HTMLButtonElement>('[data-copy]')?.dataset.copy ?? '';
