/** The whole site's files and their bytes, written at build time for "Make this site available offline". */
export const OFFLINE_LIST = 'offline.json';

export interface OfflineList {
  /** What the files take, uncompressed: hosts send most of them compressed, so the download is smaller. */
  bytes: number;
  /** Addresses from the site's root, pages by their folder (`/stories/x/`). */
  files: string[];
}
