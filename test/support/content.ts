import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './sites';

export interface StoryFile {
  id: string;
  title: string;
  themes: string[];
  draft: boolean;
  published: string;
  decisions: { id: string; question: string; choices: { id: string; label: string }[]; actual?: string }[];
}

/** The stories as their files say, read independently of the site's own code. */
export function readStories(dir = join(ROOT, 'content/stories')): StoryFile[] {
  return readdirSync(dir)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const data = parse(text.split(/^---$/m)[1] ?? '') as Omit<StoryFile, 'id'>;
      return { ...data, id: file.replace(/\.mdx?$/, ''), draft: Boolean(data.draft), decisions: data.decisions ?? [] };
    });
}

export const publishedStories = () => readStories().filter((s) => !s.draft);
