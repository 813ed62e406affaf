import { Component } from 'preact';
import type { ReadableAtom } from 'nanostores';

/**
 * The one way an island shows a store: a class component that copies the
 * store's value into its state while mounted. Until then it renders its
 * initial state, which is what the server rendered, so hydration always
 * matches and stored data appears right after.
 *
 * Classes rather than hooks: no page then needs preact/hooks, about 1.2 KB
 * gzip of a story page's 10 KB JavaScript budget.
 */
export abstract class Watching<P = object, S extends object = object> extends Component<P, S> {
  private stops: (() => void)[] = [];

  /** Keeps `state[key]` equal to the store's value from now until unmount. */
  protected watch<K extends keyof S>(key: K, $store: ReadableAtom<S[K]>): void {
    this.stops.push($store.subscribe((value) => this.setState({ [key]: value } as unknown as Pick<S, K>)));
  }

  componentWillUnmount(): void {
    for (const stop of this.stops.splice(0)) stop();
  }
}
