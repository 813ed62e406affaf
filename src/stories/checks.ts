/**
 * Editorial checks that need the whole library at once (docs/writing.md).
 * Each problem is phrased for the author and names the file and the field.
 */

export interface CheckedStory {
  file: string;
  /** Everything a reader sees: the body and every string in the frontmatter. */
  text: string;
  cast: { people: string[]; organisations: string[] };
  decisions: { id: string; choices: { id: string }[]; actual?: string | undefined }[];
}

/** Across the library, the narrator's choice may sit first in at most this share of decisions. */
export const MAX_ACTUAL_FIRST = 0.4;

// Particles and initials are shared by unrelated names ("van", "de", "J.").
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'del', 'della', 'de', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al']);

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a person's name that would make two stories' casts feel alike. */
export function nameWords(name: string): string[] {
  return fold(name)
    .split(/[\s\-’']+/u)
    .map((word) => word.replace(/[^\p{L}]/gu, ''))
    .filter((word) => word.length > 1 && !PARTICLES.has(word));
}

/** Organisations clash when they share their first four letters: Quillmark and Quillstone. */
export function organisationStem(name: string): string {
  return fold(name).replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '').slice(0, 4);
}

/** Every cast name must appear in the story, so the list stays honest. */
function castAppears(story: CheckedStory): string[] {
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

/** No first name, surname or organisation stem is used by two stories. */
function uniqueCast(stories: CheckedStory[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, { file: string; name: string }>();
  const claim = (key: string, file: string, name: string, field: string) => {
    const owner = owners.get(key);
    if (owner && owner.file !== file) {
      problems.push(`${file}: ${field} "${name}" repeats "${owner.name}" from ${owner.file}; choose a name no other story uses`);
    } else if (!owner) {
      owners.set(key, { file, name });
    }
  };
  for (const story of stories) {
    story.cast.people.forEach((name, index) => {
      for (const word of new Set(nameWords(name))) claim(`person:${word}`, story.file, name, `cast.people.${index}`);
    });
    story.cast.organisations.forEach((name, index) => {
      claim(`organisation:${organisationStem(name)}`, story.file, name, `cast.organisations.${index}`);
    });
  }
  return problems;
}

/** Readers learn where the "real" answer sits if it is usually first. */
function actualNotUsuallyFirst(stories: CheckedStory[]): string[] {
  const withActual = stories.flatMap((story) =>
    story.decisions.flatMap((decision, index) =>
      decision.actual ? [{ file: story.file, field: `decisions.${index}`, first: decision.choices[0]?.id === decision.actual }] : [],
    ),
  );
  const first = withActual.filter((d) => d.first);
  if (withActual.length === 0 || first.length / withActual.length <= MAX_ACTUAL_FIRST) return [];
  const share = Math.round((first.length / withActual.length) * 100);
  return [
    `the narrator's choice is listed first in ${first.length} of ${withActual.length} decisions (${share}%), more than ${MAX_ACTUAL_FIRST * 100}%; ` +
      `move it in some of: ${first.map((d) => `${d.file} ${d.field}.choices`).join(', ')}`,
  ];
}

export function checkLibrary(stories: CheckedStory[]): string[] {
  return [...stories.flatMap(castAppears), ...uniqueCast(stories), ...actualNotUsuallyFirst(stories)];
}

/** Every string in a value, joined: the frontmatter prose a reader sees. */
export function allText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(allText).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(allText).join('\n');
  return '';
}
