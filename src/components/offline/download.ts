import { OFFLINE_LIST, type OfflineList } from '../../lib/offline/list';

/** Files fetched at once: enough to fill a connection, few enough to leave room for the page. */
const AT_ONCE = 6;

/** The whole site's list, or null when this build has none or it cannot be read. */
export async function fetchList(base: string): Promise<OfflineList | null> {
  try {
    const response = await fetch(`${base}${OFFLINE_LIST}`, { cache: 'no-cache' });
    const list = (await response.json()) as Partial<OfflineList>;
    const files = Array.isArray(list.files)
      ? list.files.filter((file): file is string => typeof file === 'string' && file.startsWith('/'))
      : [];
    return response.ok && typeof list.bytes === 'number' ? { bytes: list.bytes, files } : null;
  } catch {
    return null;
  }
}

/** Whether a service worker can keep files here (not in a private window of some browsers, nor over plain http). */
export const canKeep = () => 'serviceWorker' in navigator && 'caches' in window;

/** The files of `files` not yet kept on this device. */
export async function missing(files: string[]): Promise<string[]> {
  if (!files.length) return [];
  const kept = await Promise.all(files.map((file) => caches.match(file, { ignoreSearch: true }).then(Boolean, () => false)));
  return files.filter((_, i) => !kept[i]);
}

/** Resolves once a service worker controls this page, so what it fetches is kept. */
function controlled(): Promise<void> {
  return new Promise((resolve) => {
    if (navigator.serviceWorker.controller) return resolve();
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
  });
}

/**
 * Fetches each file through the service worker, which keeps it
 * (src/integrations/offline.ts), reporting how many are done. Stops at the
 * first failure and throws; what was kept before it stays kept.
 */
export async function download(files: string[], progress: (done: number) => void): Promise<void> {
  await controlled();
  // Ask the browser not to clear the site under storage pressure; a refusal changes nothing here.
  await navigator.storage?.persist?.().catch(() => false);
  let next = 0;
  let done = 0;
  let failed = false;
  const worker = async () => {
    while (next < files.length && !failed) {
      const file = files[next++]!;
      try {
        const response = await fetch(file);
        if (!response.ok) throw new Error(`${file}: ${response.status}`);
        await response.arrayBuffer();
      } catch (error) {
        // The others stop too, and report nothing more.
        failed = true;
        throw error;
      }
      if (!failed) progress(++done);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
}
