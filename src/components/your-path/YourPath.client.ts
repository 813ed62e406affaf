import { mountIslands } from '../../lib/islands/mount';

/*
 * The card sits at the story's end: its code loads when the reader comes
 * within a screen or two of it, so a story page ships only what its
 * decisions need up front.
 */
mountIslands('your-path', { lazy: () => import('./YourPath') }, (island, start) => {
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      near.disconnect();
      void start();
    },
    { rootMargin: '1200px 0px' },
  );
  near.observe(island);
});
