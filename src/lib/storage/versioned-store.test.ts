import { describe, expect, it } from 'vitest';
import { readVersioned, type VersionedSpec } from './versioned-store';
import { field, listOf, recordOf, text } from './guards';

interface V3 {
  version: 3;
  answers: Record<string, string>;
  log: string[];
}

const spec: VersionedSpec<V3> = {
  key: 'judgment-calls:test',
  version: 3,
  migrations: [(d) => ({ ...d, answers: d.picks, picks: undefined }), (d) => ({ ...d, log: [] })],
  validate: (data, problems) => ({
    version: 3,
    answers: field(data, 'answers', recordOf(text(10)), {}, problems),
    log: field(data, 'log', listOf(text(10)), [], problems),
  }),
  empty: Object.freeze({ version: 3, answers: {}, log: [] }),
};

describe('readVersioned', () => {
  it('runs each migration step in order up to the current version', () => {
    const result = readVersioned(spec, { version: 1, picks: { d: 'a' } });
    expect(result).toMatchObject({ ok: true, problems: [], value: { version: 3, log: [] } });
    expect(result.ok && { ...result.value.answers }).toEqual({ d: 'a' });
  });

  it('refuses a version it has no migration for', () => {
    expect(readVersioned({ ...spec, migrations: [] }, { version: 2 })).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('never throws on values of any type', () => {
    for (const value of [
      null,
      undefined,
      0,
      'x',
      [],
      [1],
      { version: '3' },
      { version: 3.5 },
      { version: -1 },
      { version: 3, answers: null },
    ]) {
      expect(() => readVersioned(spec, value)).not.toThrow();
    }
  });
});
