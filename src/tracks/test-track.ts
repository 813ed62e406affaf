/**
 * A small valid track for the schema and timing tests: every rule passes on
 * it, so a test changes one field and expects exactly that field's problem.
 */
const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

/** Text of exactly `count` words, to put a closing or background at a limit. */
export const wordsLong = words;

export const testTrack = {
  title: 'A Track',
  description: 'A track used to test the schema and that the timing plan adds up.',
  audience: 'Testers',
  objectives: ['Recognise a plan that does not add up', 'Practise reading a timing table'],
  duration: 50,
  plan: { opening: 5, dilemma: 10, slack: 5, debrief: 10 },
  decisions: ['one', 'two', 'three'],
  opening: 'Opening words for the room.',
  closing: 'Closing words for the room.',
  background: words(100),
};
