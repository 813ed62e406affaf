import { describe, expect, it } from 'vitest';
import { allText, toChecked } from './checks';

describe('allText', () => {
  it('joins every string in nested frontmatter', () => {
    expect(allText({ a: 'one', b: [{ c: 'two' }, 3, null], d: { e: 'three' } }).split('\n')).toEqual(['one', 'two', '', '', 'three']);
  });
});

describe('toChecked', () => {
  it('reads the fields the checks need and everything a reader sees', () => {
    const checked = toChecked('a.mdx', 'Body text.', {
      title: 'A title',
      description: 'A description',
      country: 'KE',
      narrator: { role: 'buyer' },
      ending: 'unresolved',
      cast: { people: ['Wanjiru'], organisations: [] },
      decisions: [{ id: 'x', choices: [{ id: 'a', label: 'Pay', consequence: 'Costs.', lenses: [] }] }],
    });
    expect(checked).toMatchObject({ file: 'a.mdx', country: 'KE', role: 'buyer', ending: 'unresolved', description: 'A description' });
    expect(checked.text).toContain('Body text.');
    expect(checked.text).toContain('A title');
    expect(checked.text).toContain('Pay');
    expect(checked.text).not.toContain('Wanjiru');
  });
});
