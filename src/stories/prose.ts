/**
 * Reading a story body the way the editorial checks need it: its prose
 * paragraphs in order (headings and MDX markers aside), the text inside
 * <Reveal> blocks, and words folded so that case, accents and curly quotes
 * never decide a match.
 */

/** Lower case, accents and punctuation gone, curly apostrophes straightened. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** The body's prose paragraphs, in reading order: no headings, markers or blank lines. */
export function paragraphs(body: string): string[] {
  return body
    .replace(/<\/?Reveal\b[^>]*>/g, '\n\n')
    .replace(/<Decision\b[^>]*\/>/g, '\n\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.startsWith('#') && !block.startsWith('<') && !block.startsWith('import '));
}

/** Everything a reader only sees after answering: the insides of <Reveal> blocks. */
export function revealText(body: string): string {
  return [...body.matchAll(/<Reveal\b[^>]*>([\s\S]*?)<\/Reveal>/g)].map((m) => m[1] ?? '').join('\n\n');
}

/** Does the paragraph end on a question (closing quotes and brackets aside)? */
export function endsOnQuestion(paragraph: string): boolean {
  return /\?[”"’'»)\]*_\s]*$/u.test(paragraph);
}

/** Runs of `size` consecutive words, as keys. */
export function shingles(list: string[], size: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + size <= list.length; i++) out.add(list.slice(i, i + size).join(' '));
  return out;
}
