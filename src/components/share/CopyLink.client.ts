import { copyFrom } from './copy-link';

// One listener for every copy button on the page, however many CopyLink boxes it has.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-copy]') : null;
  const box = button?.closest('[data-copy-link]');
  if (button && box) void copyFrom(button, box);
});
