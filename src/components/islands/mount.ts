import { h, hydrate, type ComponentType } from 'preact';

/** Decides when an island wakes: call `start` once, now or later. */
export type Wake = (island: HTMLElement, start: () => void) => void;

const now: Wake = (_, start) => start();

/**
 * The one way islands come alive. Island.astro rendered each one on the server
 * from the props in its data-props; hydration reads the same props, so the
 * markup and the live component cannot drift apart. Astro's own client
 * directives would add their runtime (about 3 KB gzip) to every story page.
 */
export function mountIslands<P>(name: string, component: ComponentType<P>, wake: Wake = now): void {
  for (const island of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    wake(island, () => {
      if (island.dataset.awake) return;
      island.dataset.awake = 'true';
      hydrate(h(component as ComponentType<object>, JSON.parse(island.dataset.props ?? '{}') as object), island);
    });
  }
}
