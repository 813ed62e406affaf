/*
 * The one copy mechanism: CopyLink.astro's markup, and what may change it. Its
 * client entry copies on click; a page whose link changes in the browser (a
 * shared session) points the box at the new text through copyText, never by
 * reaching into its markup.
 */

/** Copies the button's text: the Clipboard API where allowed, else the text shown selected to copy by hand. */
export async function copyFrom(button: HTMLButtonElement, box: Element): Promise<void> {
  const status = box.querySelector('[role=status]')!;
  try {
    await navigator.clipboard.writeText(button.dataset.copy ?? '');
    status.textContent = button.dataset.copied ?? 'Copied.';
  } catch {
    const fallback = box.querySelector<HTMLElement>('.fallback')!;
    fallback.hidden = false;
    fallback.querySelector('input')?.select();
    status.textContent = '';
  }
}

/** Points a CopyLink box at new text, clearing any "copied" message about the old one. */
export function copyText(box: Element, text: string): void {
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
