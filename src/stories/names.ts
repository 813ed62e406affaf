/**
 * Cast checks: every name is in the story, no name is used by two stories,
 * no two stories' names are a letter or two apart, and inside a story no two
 * people share an initial, so a room can tell them apart when read aloud.
 */
import type { CheckedStory } from './checks';

// Particles, initials and titles are shared by unrelated names ("van", "J.", "Dr").
const IGNORED = new Set([
  'van',
  'von',
  'der',
  'den',
  'del',
  'della',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
]);

export const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a person's name that would make two stories' casts feel alike. */
export function nameWords(name: string): string[] {
  return fold(name)
    .split(/[\s\-’']+/u)
    .map((word) => word.replace(/[^\p{L}]/gu, ''))
    .filter((word) => word.length > 1 && !IGNORED.has(word));
}

/** Organisations clash when they share their first four letters: Quillmark and Quillstone. */
export function organisationStem(name: string): string {
  return fold(name)
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .slice(0, 4);
}

/** Edits (insert, delete, substitute) between two short words. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Len and Lena, Maria and Mario: the same first three letters and at most two edits apart. */
export function nearNames(a: string, b: string): boolean {
  return a !== b && a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3) && editDistance(a, b) <= 2;
}

/** Every cast name must appear in the story, so the list stays honest. */
export function castAppears(story: CheckedStory): string[] {
  const text = fold(story.text);
  const problems: string[] = [];
  (['people', 'organisations'] as const).forEach((kind) => {
    story.cast[kind].forEach((name, index) => {
      if (!text.includes(fold(name))) {
        problems.push(`${story.file}: cast.${kind}.${index} "${name}" does not appear in the story`);
      }
    });
  });
  return problems;
}

/** Inside one story, no two people's first names start with the same letter. */
export function distinctInitials(story: CheckedStory): string[] {
  const problems: string[] = [];
  const seen = new Map<string, { word: string; name: string }>();
  story.cast.people.forEach((name, index) => {
    const [first] = nameWords(name);
    if (!first) return;
    const owner = seen.get(first[0]!);
    if (owner && owner.word !== first) {
      problems.push(
        `${story.file}: cast.people.${index} "${name}" starts with the same letter as "${owner.name}"; give one of them a name a room can tell apart`,
      );
    } else if (!owner) {
      seen.set(first[0]!, { word: first, name });
    }
  });
  return problems;
}

/** No first name, surname or organisation stem is used by two stories, and no name is a near-miss of another story's. */
export function uniqueCast(stories: CheckedStory[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, { file: string; name: string }>();
  // Name words by their first three letters, so near-misses are looked for among a few, not all.
  const byPrefix = new Map<string, { word: string; file: string; name: string }[]>();
  const claim = (key: string, file: string, name: string, field: string) => {
    const owner = owners.get(key);
    if (owner && owner.file !== file) {
      problems.push(`${file}: ${field} "${name}" repeats "${owner.name}" from ${owner.file}; choose a name no other story uses`);
      return false;
    }
    if (!owner) owners.set(key, { file, name });
    return true;
  };
  for (const story of stories) {
    story.cast.people.forEach((name, index) => {
      const field = `cast.people.${index}`;
      for (const word of new Set(nameWords(name))) {
        if (!claim(`person:${word}`, story.file, name, field)) continue;
        const bucket = byPrefix.get(word.slice(0, 3)) ?? [];
        const near = bucket.find((other) => other.file !== story.file && nearNames(word, other.word));
        if (near)
          problems.push(
            `${story.file}: ${field} "${name}" is close to "${near.name}" from ${near.file}; choose a name no reader will confuse`,
          );
        if (!bucket.some((other) => other.word === word)) bucket.push({ word, file: story.file, name });
        byPrefix.set(word.slice(0, 3), bucket);
      }
    });
    story.cast.organisations.forEach((name, index) => {
      claim(`organisation:${organisationStem(name)}`, story.file, name, `cast.organisations.${index}`);
    });
  }
  return problems;
}
