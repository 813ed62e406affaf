const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A small count as a word ("five lenses"), as copy writes it; larger counts stay figures. */
export const inWords = (count: number): string => WORDS[count] ?? String(count);
