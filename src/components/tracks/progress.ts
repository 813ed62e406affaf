import { persistentAtom } from '@nanostores/persistent';
import { keepAside } from '../decision/storage';
// Importing the decision store installs the guarded storage engine first.
import { engine } from '../decision/store';

/** Where the reader is in each track, so a walk-through resumes where it was left. */
export const PROGRESS_KEY = 'judgment-calls:tracks';

export interface ProgressState {
  version: 1;
  tracks: Record<string, { step: number; at: number }>;
}

export const EMPTY_PROGRESS: ProgressState = Object.freeze({ version: 1, tracks: {} });

function decode(raw: string): ProgressState {
  try {
    const data = JSON.parse(raw) as ProgressState;
    if (data?.version === 1 && data.tracks && typeof data.tracks === 'object') return data;
  } catch {}
  keepAside(engine, PROGRESS_KEY, raw);
  return EMPTY_PROGRESS;
}

export const $progress = persistentAtom<ProgressState>(PROGRESS_KEY, EMPTY_PROGRESS, { encode: JSON.stringify, decode });

export function visitStep(track: string, step: number, at = Date.now()): void {
  const state = $progress.get();
  $progress.set({ ...state, tracks: { ...state.tracks, [track]: { step, at } } });
}

export const clearProgress = () => $progress.set(EMPTY_PROGRESS);
