import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from './qr';

/** Paints the path back into a grid to compare with the encoder's modules. */
function paint(size: number, d: string): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

describe('qrPath', () => {
  it('draws exactly the dark modules of the code', () => {
    const text = 'https://judgment-calls.test/dilemmas/double-billing/';
    const { size, d } = qrPath(text);
    expect(paint(size, d)).toEqual(encode(text, { border: 2 }).data);
  });

  it('is far smaller than one rectangle per module', () => {
    const { d } = qrPath('https://judgment-calls.test/dilemmas/double-billing/');
    expect(d.length).toBeLessThan(4000);
  });
});
