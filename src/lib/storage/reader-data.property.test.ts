import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decisionsSpec, VERSION, type DecisionsState } from '../../components/decision/store';
import { roomSpec } from '../../components/room/protocol/store';
import { progressSpec } from '../../components/tracks/progress';
import { exportFile, merge, readImport } from '../../components/my-answers/exchange';
import { decodeVersioned, readVersioned, type VersionedSpec } from './versioned-store';
import { EVENTS } from '../../components/decision/store';

/*
 * Generated data of every shape, fed to everything that reads reader data.
 * RUNS adds up to the 10,000 cases the suite promises.
 */
const RUNS = { import: 3000, stores: 1000, roundTrip: 2000, merge: 2000 };

const id = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'double-billing'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const time = fc.integer({ min: 0, max: 8.64e15 });
const dictOf = <T>(value: fc.Arbitrary<T>) => fc.dictionary(id, value, { maxKeys: 5 });

const validState: fc.Arbitrary<DecisionsState> = fc.record({
  version: fc.constant(VERSION),
  answers: dictOf(fc.record({ choice: id, at: time })),
  tally: dictOf(dictOf(fc.nat())),
  history: fc.array(fc.record({ decision: id, choice: fc.option(id, { nil: null }), at: time, event: fc.constantFrom(...EVENTS) }), {
    maxLength: 6,
  }),
  notes: dictOf(fc.record({ text: fc.string({ maxLength: 40 }), at: time })),
});

/** Valid data with one value anywhere replaced by anything: the damage real files have. */
const damaged = fc.tuple(validState, fc.jsonValue(), fc.nat()).map(([state, junk, pick]) => {
  const copy = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
  const paths: [Record<string, unknown>, string][] = [];
  const walk = (node: unknown) => {
    if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        paths.push([node as Record<string, unknown>, key]);
        walk((node as Record<string, unknown>)[key]);
      }
    }
  };
  walk(copy);
  const target = paths[pick % Math.max(1, paths.length)];
  if (target) Object.defineProperty(target[0], target[1], { value: junk, enumerable: true, configurable: true, writable: true });
  return copy;
});

const anything = fc.oneof(fc.jsonValue(), damaged, validState);

/** True when a value passes its own validator with nothing to drop. */
const clean = <T extends { version: number }>(spec: VersionedSpec<T>, value: T) => {
  const again = readVersioned(spec, JSON.parse(JSON.stringify(value)));
  return again.ok && again.problems.length === 0;
};

const normal = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('reader data under generated input', () => {
  it('import never throws and never accepts an invalid state', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anything.map((data) => ({ format: 'judgment-calls/answers', version: VERSION, data })),
          anything,
        ),
        (file) => {
          const result = readImport(JSON.stringify(file) ?? 'null');
          if (result.ok) expect(clean(decisionsSpec, result.state)).toBe(true);
        },
      ),
      { numRuns: RUNS.import },
    );
  });

  it.each([
    ['decisions', decisionsSpec],
    ['room', roomSpec],
    ['track progress', progressSpec],
  ] as [string, VersionedSpec<{ version: number }>][])('stored %s values never throw and never decode to an invalid state', (_, spec) => {
    fc.assert(
      fc.property(anything, fc.boolean(), (data, stamp) => {
        // Half the cases carry the store's own version, so they reach the field checks.
        const value = stamp && data && typeof data === 'object' && !Array.isArray(data) ? { ...data, version: spec.version } : data;
        const decoded = decodeVersioned(spec, JSON.stringify(value) ?? 'null', {});
        expect(clean(spec, decoded)).toBe(true);
      }),
      { numRuns: RUNS.stores },
    );
  });

  it('valid exports round-trip exactly', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const result = readImport(exportFile(state));
        expect(result.ok).toBe(true);
        if (result.ok) expect(normal(result.state)).toEqual(normal(state));
      }),
      { numRuns: RUNS.roundTrip },
    );
  });

  it('merging is commutative for answers and idempotent', () => {
    fc.assert(
      fc.property(validState, validState, (a, b) => {
        expect(normal(merge(a, b).answers)).toEqual(normal(merge(b, a).answers));
        const once = merge(a, b);
        expect(normal(merge(once, b))).toEqual(normal(once));
        expect(normal(merge(once, once))).toEqual(normal(once));
      }),
      { numRuns: RUNS.merge },
    );
  });
});
