/*
 * Copy buttons for links and embed code: the Clipboard API where the browser
 * allows it; otherwise the text appears selected in a box, to copy by hand.
 */
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-copy]') : null;
  const box = button?.closest('[data-copy-link]');
  if (!button || !box) return;
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
});
