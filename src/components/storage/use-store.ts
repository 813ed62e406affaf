import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

/**
 * The store's value in a component. @nanostores/preact's useStore does the
 * same plus per-key listening, which the site never uses and which costs about
 * 400 B gzip on every story page (its 10 KB budget). Until hydration the
 * component shows `ssr()`, exactly as the server rendered it, so hydration
 * never mismatches; the stored value arrives right after.
 */
export function useStore<T>($store: ReadableAtom<T>, { ssr }: { ssr?: () => T } = {}): T {
  const [hydrated, setHydrated] = useState(!ssr);
  const [, rerender] = useState({});
  useEffect(() => {
    setHydrated(true);
    rerender({});
    return $store.listen(() => rerender({}));
  }, [$store]);
  return hydrated || !ssr ? $store.get() : ssr();
}
