import { h, hydrate, type ComponentType } from 'preact';

/** Decides when an island wakes: call `start` once, now or later; it settles once the island is live. */
export type Wake = (island: HTMLElement, start: () => Promise<void>) => void;

/** A component fetched only when its island wakes: `{ lazy: () => import('./X') }`. */
export interface Lazy<P> {
  lazy: () => Promise<{ default: ComponentType<P> }>;
}

const now: Wake = (_, start) => void start();

/**
 * The one way islands come alive. Island.astro rendered each one on the server
 * from the props in its data-props; hydration reads the same props, so the
 * markup and the live component cannot drift apart. Astro's own client
 * directives would add their runtime (about 3 KB gzip) to every story page.
 * A lazy component costs nothing until its island wakes, for tools most
 * readers never open.
 */
export function mountIslands<P>(name: string, component: ComponentType<P> | Lazy<P>, wake: Wake = now): void {
  for (const island of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    let live: Promise<void> | undefined;
    wake(island, () => {
      if (live) return live;
      const props = JSON.parse(island.dataset.props ?? '{}') as object;
      const show = (c: ComponentType<P>) => {
        hydrate(h(c as ComponentType<object>, props), island);
        island.dataset.awake = 'true';
      };
      if (!('lazy' in component)) return (live = Promise.resolve(show(component)));
      // A lazy island that cannot load (offline, say) keeps its server markup, and a later wake tries again.
      live = component.lazy().then(
        (loaded) => show(loaded.default),
        () => void (live = undefined),
      );
      return live;
    });
  }
}
