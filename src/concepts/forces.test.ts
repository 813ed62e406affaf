import { describe, expect, it } from 'vitest';
import { checkForces, MIN_DECISIONS_PER_CONCEPT } from './forces';
import { SPREAD_MINIMUM } from '../stories/spread';

const concepts = ['framing', 'reciprocity', 'time-pressure'];
const story = (n: number, ...forces: string[][]) => ({
  file: `s${n}.mdx`,
  decisions: forces.map((f, d) => ({ id: `s${n}-d${d}`, forces: f })),
});

describe('checkForces', () => {
  it('passes forces that are concept pages', () => {
    expect(checkForces([story(1, ['framing', 'reciprocity'], ['time-pressure'])], concepts, 'concepts')).toEqual([]);
  });

  it('names the file, decision and field of a force with no page, and of a force named twice', () => {
    expect(checkForces([story(1, ['framing'], ['peer-pressure', 'time-pressure', 'time-pressure'])], concepts, 'concepts')).toEqual([
      's1.mdx: decisions.1.forces.0 "peer-pressure" in decision "s1-d1" is not a concept in concepts; use one of: framing, reciprocity, time-pressure',
      's1.mdx: decisions.1.forces.2 "time-pressure" is named twice in decision "s1-d1"',
    ]);
  });

  it(`asks a library of ${SPREAD_MINIMUM} stories for each concept in at least ${MIN_DECISIONS_PER_CONCEPT} decisions`, () => {
    const library = Array.from({ length: SPREAD_MINIMUM }, (_, n) => story(n, [concepts[n % 3]!]));
    // framing 4, reciprocity 3, time pressure 3: enough.
    expect(checkForces(library, concepts, 'concepts')).toEqual([]);
    library[1]!.decisions[0]!.forces = ['framing'];
    expect(checkForces(library, concepts, 'concepts')).toEqual([
      'concepts/reciprocity.md: "reciprocity" is at play in 2 decisions; name it under forces in at least 3 where a careful reader would agree, or retire the page',
    ]);
  });

  it('leaves a smaller library free to leave a concept unused', () => {
    expect(checkForces([story(1, ['framing'])], concepts, 'concepts')).toEqual([]);
  });
});
