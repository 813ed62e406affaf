import { describe, expect, it } from 'vitest';
import { readActual } from './summaries';

describe('readActual', () => {
  const choices = [{ id: 'tell' }, null, { id: 'wait' }];

  it('keeps the narrator’s choice when it is one of the summary’s own choices', () => {
    expect(readActual('wait', choices)).toBe('wait');
  });

  it('gives none for a summary cached before it existed, or one naming anything else', () => {
    for (const value of [undefined, null, 3, '', 'gone', { id: 'tell' }]) expect(readActual(value, choices)).toBeUndefined();
  });
});
