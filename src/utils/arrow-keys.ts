/**
 * Screens a room steps through (a track's dilemmas, a session's): the arrow
 * keys follow the screen's rel="next" and rel="prev" links, except while the
 * reader is in a field or a radio group, where the arrows already mean
 * something. `links` finds the link for a rel at the moment the key is pressed,
 * so a screen drawn later still works.
 */
export function arrowKeysFollow(links: (rel: 'next' | 'prev') => HTMLAnchorElement | null): void {
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('input, textarea, select, [contenteditable], [role=radiogroup], pagefind-modal')) return;
    const rel = event.key === 'ArrowRight' ? 'next' : event.key === 'ArrowLeft' ? 'prev' : null;
    const link = rel ? links(rel) : null;
    if (link) location.assign(link.href);
  });
}
