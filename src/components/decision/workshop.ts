import { versionedStore, type VersionedSpec } from '../../lib/storage/versioned-store';
import { field, yesNo } from '../../lib/storage/guards';

/**
 * Whether the reader keeps the "In a workshop" controls open under each
 * answer: folded for a reader alone, open for a facilitator's device, and
 * remembered across pages, so neither has to ask twice.
 */
export interface WorkshopState {
  version: 1;
  open: boolean;
}

const EMPTY_WORKSHOP: WorkshopState = Object.freeze({ version: 1, open: false });

const spec: VersionedSpec<WorkshopState> = {
  key: 'judgment-calls:workshop',
  version: 1,
  validate: (data, problems) => ({
    version: 1,
    open: field(data, 'open', yesNo, false, problems),
  }),
  empty: EMPTY_WORKSHOP,
};

export const $workshop = versionedStore(spec).$store;

export const keepWorkshopOpen = (open: boolean) => $workshop.set(open ? { version: 1, open } : EMPTY_WORKSHOP);
