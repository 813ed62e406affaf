/*
 * CopyLink.astro's copy buttons: the Clipboard API where the browser allows it;
 * otherwise the text appears selected in a box, to copy by hand. One listener
 * serves every box on the page. Sessions change a box's text through copy-link.ts.
 */
import { copiedText, copyText } from './copy-link';

// Built with SITE_URL's addresses: copy those of the host this page came from.
for (const box of document.querySelectorAll('[data-copy-link]')) copyText(box, copiedText(box));

/** Copies the button's text: the Clipboard API where allowed, else the text shown selected to copy by hand. */
async function copyFrom(button: HTMLButtonElement, box: Element): Promise<void> {
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

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-copy]') : null;
  const box = button?.closest('[data-copy-link]');
  if (button && box) void copyFrom(button, box);
});
