/**
 * A reader's choices for one story, carried in a link (`?choices=<decision>.<choice>,…`)
 * so a colleague can compare: whoever opens it answers first, and only then
 * sees what the sender chose. No server: the link is the whole message.
 */
export const CHOICES_PARAM = 'choices';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** More than a story ever has: a longer list is not ours, and is read no further. */
const MAX_PAIRS = 12;

/** Writes the pairs, in the order given; an id that is not a site id is left out. */
export function writeChoices(pairs: readonly (readonly [decision: string, choice: string])[]): string {
  return pairs
    .filter(([decision, choice]) => ID.test(decision) && ID.test(choice))
    .map(([decision, choice]) => `${decision}.${choice}`)
    .join(',');
}

/** Reads a query string's shared choices by decision; anything malformed is ignored, never thrown. */
export function readChoices(search: string): Map<string, string> {
  const read = new Map<string, string>();
  let value: string | null;
  try {
    value = new URLSearchParams(search).get(CHOICES_PARAM);
  } catch {
    return read;
  }
  for (const pair of (value ?? '').split(',').slice(0, MAX_PAIRS)) {
    const [decision = '', choice = '', extra] = pair.split('.');
    if (extra === undefined && ID.test(decision) && ID.test(choice) && !read.has(decision)) read.set(decision, choice);
  }
  return read;
}
