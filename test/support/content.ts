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
  decisions: { id: string; question: string; choices: { id: string; label: string; lenses?: string[] }[]; actual?: string }[];
}

/** The stories as their files say, read independently of the site's own code. */
export function readStories(dir = join(ROOT, 'content/stories')): StoryFile[] {
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
