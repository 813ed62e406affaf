import { versionedStore, type VersionedSpec } from '../../lib/storage/versioned-store';
import { count, field, recordOf, shape, time } from '../../lib/storage/guards';

/**
 * Where the reader is in each track, so a walk-through resumes where it was
 * left. Shared sessions keep theirs here too, under "session:<ids>" (see
 * sessions/session-link.ts `sessionKey`): a session is a track someone built.
 */
export const PROGRESS_KEY = 'judgment-calls:tracks';

export interface ProgressState {
  version: 1;
  tracks: Record<string, { step: number; at: number }>;
}

export const EMPTY_PROGRESS: ProgressState = Object.freeze({ version: 1, tracks: {} });

export const progressSpec: VersionedSpec<ProgressState> = {
  key: PROGRESS_KEY,
  version: 1,
  validate: (data, problems) => ({ version: 1, tracks: field(data, 'tracks', recordOf(shape({ step: count, at: time })), {}, problems) }),
  empty: EMPTY_PROGRESS,
};
export const $progress = versionedStore(progressSpec).$store;

export function visitStep(track: string, step: number, at = Date.now()): void {
  const state = $progress.get();
  $progress.set({ ...state, tracks: { ...state.tracks, [track]: { step, at } } });
}

export const clearProgress = () => $progress.set(EMPTY_PROGRESS);
