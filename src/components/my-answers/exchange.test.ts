import { describe, expect, it } from 'vitest';
import { EMPTY, VERSION, type DecisionsState } from '../decision/store';
import { FORMAT, exportFile, merge, readImport } from './exchange';

const mine: DecisionsState = {
  version: VERSION,
  answers: { a: { choice: 'x', at: 10 }, b: { choice: 'y', at: 20 } },
  tally: { a: { x: 2 }, b: { y: 1 } },
  history: [
    { decision: 'a', choice: 'x', at: 10, event: 'answer' },
    { decision: 'b', choice: 'y', at: 20, event: 'answer' },
  ],
  notes: { a: { text: 'Call the client first.', at: 11 } },
};

describe('export and import', () => {
  it('round-trips exactly', () => {
    const result = readImport(exportFile(mine, new Date('2026-11-23T10:00:00Z')));
    expect(result).toEqual({ ok: true, state: mine });
  });

  it('marks the file with its format, version and date', () => {
    const file = JSON.parse(exportFile(mine, new Date('2026-11-23T10:00:00Z')));
    expect(file).toMatchObject({ format: FORMAT, version: VERSION, exportedAt: '2026-11-23T10:00:00.000Z' });
  });

  it('refuses text that is not JSON', () => {
    expect(readImport('{"format":')).toMatchObject({ ok: false, message: expect.stringContaining('not readable JSON') });
  });

  it('refuses a JSON file that is not an export', () => {
    expect(readImport('{"name":"package"}')).toMatchObject({ ok: false, message: expect.stringContaining('not a Judgment Calls export') });
  });

  it('refuses an export from a newer version', () => {
    const file = JSON.stringify({ format: FORMAT, version: VERSION + 1, data: { ...mine, version: VERSION + 1 } });
    expect(readImport(file)).toMatchObject({ ok: false, message: expect.stringContaining('newer version') });
  });

  it('refuses a damaged export', () => {
    const file = JSON.stringify({ format: FORMAT, version: VERSION, data: { version: VERSION, answers: 'lots' } });
    expect(readImport(file)).toMatchObject({ ok: false, message: expect.stringContaining('damaged') });
  });

  it('upgrades an export from an older version', () => {
    const v1 = { version: 1, answers: mine.answers, tally: mine.tally, history: mine.history };
    const result = readImport(JSON.stringify({ format: FORMAT, version: 1, data: v1 }));
    expect(result).toEqual({ ok: true, state: { ...v1, version: VERSION, notes: {} } });
  });
});

describe('merge', () => {
  it('restores an export exactly onto an empty device', () => {
    expect(merge(EMPTY, mine)).toEqual(mine);
  });

  it('keeps the newer answer and note for each decision, and the larger tally', () => {
    const other: DecisionsState = {
      version: VERSION,
      answers: { a: { choice: 'z', at: 30 }, c: { choice: 'w', at: 5 } },
      tally: { a: { x: 1, z: 1 }, c: { w: 1 } },
      history: [
        { decision: 'a', choice: 'x', at: 10, event: 'answer' },
        { decision: 'a', choice: 'z', at: 30, event: 'change' },
      ],
      notes: { a: { text: 'Older idea.', at: 3 } },
    };
    const merged = merge(mine, other);
    expect(merged.answers).toEqual({ a: { choice: 'z', at: 30 }, b: { choice: 'y', at: 20 }, c: { choice: 'w', at: 5 } });
    expect(merged.notes).toEqual(mine.notes);
    expect(merged.tally).toEqual({ a: { x: 2, z: 1 }, b: { y: 1 }, c: { w: 1 } });
    expect(merged.history.map((h) => h.at)).toEqual([10, 20, 30]);
  });
});
