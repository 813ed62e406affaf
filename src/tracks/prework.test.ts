import { describe, expect, it } from 'vitest';
import { preworkProblem } from './prework';

const stories = new Set(['the-gift', 'the-forecast', 'the-fee']);
const steps = [
  { decision: 'gift-accept', story: 'the-gift' },
  { decision: 'forecast-call', story: 'the-forecast' },
];

describe('a track’s pre-work story', () => {
  it('may be any published story the track’s dilemmas do not come from', () => {
    expect(preworkProblem('t.md', 'the-fee', stories, steps)).toBeUndefined();
  });

  it('names the track, the field and the decision when it is one of the track’s own stories', () => {
    expect(preworkProblem('t.md', 'the-forecast', stories, steps)).toBe(
      't.md: prework.story "the-forecast" is where decisions[1] "forecast-call" comes from; reading it first gives the reveal away, so choose another story',
    );
  });

  it('names the track and the field when no published story has that id', () => {
    expect(preworkProblem('t.md', 'the-feee', stories, steps)).toBe(
      't.md: prework.story "the-feee" is not the id of any published story in content/stories/',
    );
  });
});
