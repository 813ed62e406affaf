import { encode } from 'uqr';

/*
 * uqr picks the mask the standard way: it draws all eight masks and scores
 * each with the QR penalty rules, in code written for clarity (arrays of
 * booleans, a history array shifted per run). That is about 0.9 ms a code on
 * the bench machine, and every dilemma page has a code of its own: 3,000 at
 * 1,000 stories. encodeModules() makes the same choice by the same rules on
 * flat arrays, from one encoding with a fixed mask: about 0.4 ms. The modules
 * are exactly uqr's own (qr.test.ts compares the two on many texts).
 */
const ECC = 'L';
/** The format bits' error correction field for ECC level L. */
const ECC_FORMAT_BITS = 1;
const PENALTY_N1 = 3;
const PENALTY_N2 = 3;
const PENALTY_N3 = 40;
const PENALTY_N4 = 10;

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** Draws the two copies of the format bits for `mask` (positions as in the standard). */
function drawFormatBits(grid: Uint8Array, size: number, mask: number) {
  const data = (ECC_FORMAT_BITS << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  const set = (x: number, y: number, i: number) => (grid[y * size + x] = (bits >>> i) & 1);
  for (let i = 0; i <= 5; i++) set(8, i, i);
  set(8, 7, 6);
  set(8, 8, 7);
  set(7, 8, 8);
  for (let i = 9; i < 15; i++) set(14 - i, 8, i);
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, i);
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, i);
  grid[(size - 8) * size + 8] = 1;
}

/** Rule 3: how many finder-like patterns the last seven runs (newest first) end. */
function finders(h0: number, h1: number, h2: number, h3: number, h4: number, h5: number, h6: number): number {
  const n = h1;
  const core = n > 0 && h2 === n && h3 === n * 3 && h4 === n && h5 === n;
  return (core && h0 >= n * 4 && h6 >= n ? 1 : 0) + (core && h6 >= n * 4 && h0 >= n ? 1 : 0);
}

/**
 * Rules 1 and 3 along one row or column: `size` modules from `start`, `step`
 * apart. The last seven run lengths are kept newest first in plain locals
 * (an array shifted per run, or a closure, cost more than the rest of the score).
 */
function linePenalty(grid: Uint8Array, start: number, step: number, size: number): number {
  let result = 0;
  let runColor = 0;
  let run = 0;
  let h0 = 0,
    h1 = 0,
    h2 = 0,
    h3 = 0,
    h4 = 0,
    h5 = 0,
    h6 = 0;
  for (let b = 0, i = start; b < size; b++, i += step) {
    const color = grid[i]!;
    if (color === runColor) {
      run++;
      if (run === 5) result += PENALTY_N1;
      else if (run > 5) result++;
    } else {
      h6 = h5;
      h5 = h4;
      h4 = h3;
      h3 = h2;
      h2 = h1;
      h1 = h0;
      h0 = h1 === 0 ? run + size : run;
      if (!runColor) result += finders(h0, h1, h2, h3, h4, h5, h6) * PENALTY_N3;
      runColor = color;
      run = 1;
    }
  }
  if (runColor) {
    h6 = h5;
    h5 = h4;
    h4 = h3;
    h3 = h2;
    h2 = h1;
    h1 = h0;
    h0 = h1 === 0 ? run + size : run;
    run = 0;
  }
  h6 = h5;
  h5 = h4;
  h4 = h3;
  h3 = h2;
  h2 = h1;
  h1 = h0;
  h0 = h1 === 0 ? run + 2 * size : run + size;
  return result + finders(h0, h1, h2, h3, h4, h5, h6) * PENALTY_N3;
}

/** The standard penalty score, as uqr (and Nayuki's generator it follows) computes it. */
export function penaltyScore(grid: Uint8Array, size: number): number {
  let result = 0;
  for (let y = 0; y < size; y++) result += linePenalty(grid, y * size, 1, size);
  for (let x = 0; x < size; x++) result += linePenalty(grid, x, size, size);
  // Rule 2 (2x2 blocks of one colour) and rule 4's dark count, without
  // branches: codes differ, so branches on module colours mispredict.
  let dark = 0;
  let blocks = 0;
  for (let y = 0; y < size - 1; y++) {
    const row = y * size;
    for (let x = 0; x < size - 1; x++) {
      const i = row + x;
      const color = grid[i]!;
      dark += color;
      blocks += 1 - ((color ^ grid[i + 1]!) | (color ^ grid[i + size]!) | (color ^ grid[i + size + 1]!));
    }
    dark += grid[row + size - 1]!;
  }
  for (let i = (size - 1) * size; i < size * size; i++) dark += grid[i]!;
  result += blocks * PENALTY_N2;
  const total = size * size;
  return result + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * PENALTY_N4;
}

/** Each mask as a grid of 1s where it inverts a module, worked out once per code size. */
const maskGrids = new Map<number, Uint8Array[]>();
function masksFor(size: number): Uint8Array[] {
  let grids = maskGrids.get(size);
  if (!grids) {
    grids = MASKS.map((inverts) => {
      const grid = new Uint8Array(size * size);
      for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) grid[y * size + x] = inverts(x, y) ? 1 : 0;
      return grid;
    });
    maskGrids.set(size, grids);
  }
  return grids;
}

/**
 * The modules uqr's automatic mask choice gives for `text`, without a border:
 * of the eight masks, the first with the lowest penalty.
 */
export function encodeModules(text: string): { size: number; modules: Uint8Array; mask: number } {
  const { size, data, types } = encode(text, { ecc: ECC, border: 0, maskPattern: 0 });
  const masks = masksFor(size);
  // The codewords without mask 0, and which modules the masks leave alone.
  const raw = new Uint8Array(size * size);
  const open = new Uint8Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = y * size + x;
      open[i] = types[y]![x] ? 0 : 1;
      raw[i] = (data[y]![x] ? 1 : 0) ^ (open[i] & masks[0]![i]!);
    }
  }
  let best = new Uint8Array(size * size);
  let grid = new Uint8Array(size * size);
  let mask = 0;
  let lowest = Infinity;
  for (let m = 0; m < 8; m++) {
    const inverts = masks[m]!;
    for (let i = 0; i < grid.length; i++) grid[i] = raw[i]! ^ (open[i]! & inverts[i]!);
    drawFormatBits(grid, size, m);
    const penalty = penaltyScore(grid, size);
    if (penalty < lowest) {
      [best, grid] = [grid, best];
      mask = m;
      lowest = penalty;
    }
  }
  return { size, modules: best, mask };
}

/**
 * A QR code as one SVG path of horizontal runs. uqr encodes; its own SVG
 * renderer draws every module as a separate rectangle (about 8 KB for a URL),
 * while runs keep the inline SVG near 2 KB per page.
 */
const encoded = new Map<string, { size: number; d: string }>();

export function qrPath(text: string, border = 2): { size: number; d: string } {
  // A dilemma page draws its code twice (share panel and present view): encode once.
  const key = `${border}|${text}`;
  const known = encoded.get(key);
  if (known) return known;
  const { size, modules } = encodeModules(text);
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!modules[y * size + x]) continue;
      const start = x;
      while (x + 1 < size && modules[y * size + x + 1]) x++;
      // Drawn inside a light border of `border` modules.
      d += `M${start + border} ${y + border}h${x - start + 1}v1h${start - x - 1}z`;
    }
  }
  const result = { size: size + 2 * border, d };
  encoded.set(key, result);
  return result;
}
