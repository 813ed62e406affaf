import { describe, expect, it } from 'vitest';
import { readSources } from './dilemmas';

describe('readSources', () => {
  const act = { title: 'Bribery Act 2010', publisher: 'UK Parliament', url: 'https://www.legislation.gov.uk/ukpga/2010/23/contents' };

  it('keeps well-formed sources in their order', () => {
    const guidance = { title: 'Guidance', publisher: 'Ministry of Justice' };
    expect(readSources([act, guidance])).toEqual([act, guidance]);
  });

  it('drops what is not a source, and an address that is not a web address', () => {
    expect(readSources('Bribery Act')).toEqual([]);
    expect(readSources(null)).toEqual([]);
    expect(readSources([null, 3, 'x', { title: 'No publisher' }, { title: ' ', publisher: 'Blank title' }])).toEqual([]);
    expect(readSources([{ ...act, url: 'javascript:alert(1)' }])).toEqual([{ title: act.title, publisher: act.publisher }]);
    expect(readSources([{ ...act, url: 42 }])).toEqual([{ title: act.title, publisher: act.publisher }]);
  });
});
