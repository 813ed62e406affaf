import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './sites';

export interface StoryFile {
  id: string;
  /** The file as written, relative to the project. */
  file: string;
  /** The MDX after the frontmatter. */
  body: string;
  /** The frontmatter as parsed YAML, before the site's schema sees it. */
  raw: Record<string, unknown>;
  title: string;
  themes: string[];
  draft: boolean;
  published: string;
  decisions: {
    id: string;
    question: string;
    choices: { id: string; label: string; lenses?: string[] }[];
    actual?: string;
    forces: string[];
  }[];
}

/**
 * The libraries the tests read. The browser tests build and check the fixture
 * library (test/fixtures/library/README.md); only the content rules read the
 * real one.
 */
export const FIXTURE_LIBRARY = {
  stories: join(ROOT, 'test/fixtures/library/stories'),
  tracks: join(ROOT, 'test/fixtures/library/tracks'),
  concepts: join(ROOT, 'test/fixtures/library/concepts'),
};
export const REAL_LIBRARY = {
  stories: join(ROOT, 'content/stories'),
  tracks: join(ROOT, 'content/tracks'),
  concepts: join(ROOT, 'content/concepts'),
};

/** The stories as their files say, read independently of the site's own code: the fixture library's unless told. */
export function readStories(dir = FIXTURE_LIBRARY.stories): StoryFile[] {
  return readdirSync(dir)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const [, frontmatter = '', ...rest] = text.split(/^---$/m);
      const data = parse(frontmatter) as Omit<StoryFile, 'id' | 'file' | 'body' | 'raw'>;
      return {
        ...data,
        id: file.replace(/\.mdx?$/, ''),
        file: relative(ROOT, join(dir, file)),
        body: rest.join('---'),
        raw: data as unknown as Record<string, unknown>,
        draft: Boolean(data.draft),
        decisions: data.decisions ?? [],
      };
    });
}

export const publishedStories = () => readStories().filter((s) => !s.draft);

type DecisionFile = StoryFile['decisions'][number] & { setup?: string; discussion?: string[] };

/** What a present view shows of a dilemma: its question and choices. */
export const onScreen = (d: DecisionFile) => [d.question, ...d.choices.map((c) => c.label)].join(' ').length;
/** What a printed dilemma page holds besides: its setup and discussion questions. */
export const onPaper = (d: DecisionFile) =>
  [d.question, ...d.choices.map((c) => c.label), d.setup ?? '', ...(d.discussion ?? [])].join(' ').length;

/**
 * The most text, in characters, one dilemma may carry: a content rule for the
 * real library (src/stories/content.test.ts), and the size of the fixture
 * library's wordiest dilemma, which the browser tests fit on a projector and
 * a printed page.
 */
export const DILEMMA_LIMITS = { screen: 480, paper: 1400 };

export interface TrackFile {
  id: string;
  file: string;
  raw: Record<string, unknown>;
  title: string;
  decisions: string[];
  objectives: string[];
  duration: number;
  closing: string;
  background: string;
  prework?: { story: string; why: string };
  followUp?: { habit: string; check: string };
}

/** Each .md file's frontmatter in a folder, parsed, with its id and path. */
function readFrontmatters<T>(dir: string): (T & { id: string; file: string; raw: Record<string, unknown> })[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const data = parse(readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1] ?? '') as T;
      return {
        ...data,
        id: file.replace(/\.md$/, ''),
        file: relative(ROOT, join(dir, file)),
        raw: data as unknown as Record<string, unknown>,
      };
    });
}

/** The tracks as their files say: the fixture library's unless told. */
export const readTracks = (dir = FIXTURE_LIBRARY.tracks): TrackFile[] => readFrontmatters<Omit<TrackFile, 'id' | 'file' | 'raw'>>(dir);

export interface ConceptFile {
  id: string;
  title: string;
  summary: string;
}

/** The concept pages as their files say: the fixture library's unless told. */
export const readConcepts = (dir = FIXTURE_LIBRARY.concepts): ConceptFile[] => readFrontmatters<Omit<ConceptFile, 'id'>>(dir);
