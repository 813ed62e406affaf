import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encode } from 'uqr';
import { encodeModules, qrPath } from './qr';

/** Paints the path back into a grid to compare with the encoder's modules. */
function paint(size: number, d: string): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

/** The modules as uqr's own automatic mask choice draws them, as 0s and 1s. */
function uqrModules(text: string) {
  const { data, maskPattern } = encode(text, { border: 0 });
  return { mask: maskPattern, modules: data.flat().map(Number) };
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

describe('encodeModules', () => {
  it('chooses the mask uqr chooses, and draws the same modules, for dilemma URLs', () => {
    for (let n = 1; n <= 600; n++) {
      const text = `https://judgment-calls.example/dilemmas/bench-${n}-d${(n % 3) + 1}/`;
      const { mask, modules } = encodeModules(text);
      expect({ mask, modules: [...modules] }, text).toEqual(uqrModules(text));
    }
  });

  it('chooses the mask uqr chooses for any text, from the smallest codes to those with version bits', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }), (text) => {
        const { mask, modules } = encodeModules(text);
        expect({ mask, modules: [...modules] }).toEqual(uqrModules(text));
      }),
      { numRuns: 400 },
    );
    // Long texts too: versions 7 and up carry version bits the masks leave alone.
    for (let length = 100; length <= 1200; length += 50) {
      const text = Array.from({ length }, (_, i) => String.fromCharCode(33 + ((i * 37 + length) % 90))).join('');
      const { mask, modules } = encodeModules(text);
      expect({ mask, modules: [...modules] }, `${length} characters`).toEqual(uqrModules(text));
    }
  });
});
