import { persistentAtom } from '@nanostores/persistent';
import type { PersistentStore } from '@nanostores/persistent';
import { engine, hold, keepAside, reportStorageProblem, saving } from './engine';
import { isRecord } from './guards';

/** Turns the data of one version into the next. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export interface VersionedSpec<T extends { version: number }> {
  /** The localStorage key. */
  key: string;
  /** The current version; stored values carry theirs. */
  version: T['version'];
  /** migrations[n] turns version n+1 into version n+2; a schema change adds a step and bumps `version`. */
  migrations?: Migration[];
  /** Checks every field of a current-version value: returns what is usable, pushes what was wrong. */
  validate: (data: Record<string, unknown>, problems: string[]) => T;
  /** The value when nothing is stored; writing it removes the key. */
  empty: T;
}

export type ReadResult<T> = { ok: true; value: T; problems: string[] } | { ok: false; reason: 'newer' | 'malformed'; problems: string[] };

/** Migrates and validates data of any shape. Never throws. */
export function readVersioned<T extends { version: number }>(spec: VersionedSpec<T>, data: unknown): ReadResult<T> {
  const version = isRecord(data) ? data.version : undefined;
  if (!isRecord(data) || !Number.isInteger(version) || (version as number) < 1) {
    return { ok: false, reason: 'malformed', problems: ['version is missing'] };
  }
  if ((version as number) > spec.version) return { ok: false, reason: 'newer', problems: [] };
  let upgraded = data;
  for (let v = version as number; v < spec.version; v++) {
    const step = spec.migrations?.[v - 1];
    if (!step) return { ok: false, reason: 'malformed', problems: [`version ${v} is unknown`] };
    upgraded = { ...step(upgraded), version: v + 1 };
  }
  const problems: string[] = [];
  const value = spec.validate(upgraded, problems);
  return { ok: true, value, problems };
}

/**
 * Parses a stored value. Data a newer version wrote is held, never
 * overwritten; data that is damaged is kept aside once, and whatever part of it
 * is still valid is used.
 */
export function decodeVersioned<T extends { version: number }>(
  spec: VersionedSpec<T>,
  raw: string | undefined,
  storage: PersistentStore = engine,
): T {
  if (typeof raw !== 'string') return spec.empty;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    keepAside(storage, spec.key, raw);
    return spec.empty;
  }
  const result = readVersioned(spec, data);
  if (!result.ok && result.reason === 'newer') {
    hold(spec.key);
    reportStorageProblem('newer');
    return spec.empty;
  }
  if (!result.ok || result.problems.length > 0) keepAside(storage, spec.key, raw);
  return result.ok ? result.value : spec.empty;
}

/** The one way the site keeps reader data: a persistent, versioned, validated atom. */
export function versionedStore<T extends { version: number }>(spec: VersionedSpec<T>) {
  const $store = persistentAtom<T>(spec.key, spec.empty, {
    encode: (value) => (value === spec.empty ? (undefined as unknown as string) : JSON.stringify(value)),
    decode: (raw) => decodeVersioned(spec, raw),
  });
  return {
    $store,
    /** Reads data from a file or elsewhere with the same checks as storage. */
    read: (data: unknown) => readVersioned(spec, data),
    /** False when a newer version holds the key, so writes would be lost. */
    saving: () => saving(spec.key),
  };
}
