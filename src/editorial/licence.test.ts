import { describe, expect, it } from 'vitest';
import { attribution } from './licence';

describe('attribution', () => {
  it('names the work, the site, its address and the licence with its address, for paper', () => {
    expect(attribution('https://example.org/tracks/honest-numbers/', 'Honest Numbers')).toBe(
      '“Honest Numbers” from Judgment Calls (https://example.org/tracks/honest-numbers/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
    );
  });

  it('credits material without a title of its own', () => {
    expect(attribution('https://example.org/')).toMatch(/^Material from Judgment Calls \(https:\/\/example\.org\/\)/);
  });
});
