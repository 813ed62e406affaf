import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStories } from './support/content';
import { countWords } from '../src/stories/reading-time';
import { ROOT } from './support/sites';

const stories = readStories();
const body = (id: string) => readFileSync(join(ROOT, 'content/stories', `${id}.mdx`), 'utf8').split(/^---$/m).slice(2).join('---');

describe('the story library', () => {
  it.each(stories.map((s) => [s.id, s] as const))('%s is 500-1,200 words with 2-4 decisions', (id, story) => {
    const words = countWords(body(id));
    expect(words).toBeGreaterThanOrEqual(500);
    expect(words).toBeLessThanOrEqual(1200);
    expect(story.decisions.length).toBeGreaterThanOrEqual(2);
    expect(story.decisions.length).toBeLessThanOrEqual(story.id === 'your-word-is-your-bond' ? 5 : 4);
  });

  it('tells both founding stories with at least four decisions each', () => {
    for (const id of ['the-favour-outside-the-lines', 'your-word-is-your-bond']) {
      expect(stories.find((s) => s.id === id)?.decisions.length ?? 0, id).toBeGreaterThanOrEqual(4);
    }
  });

  it('keeps the double-billing dilemma where coaches and search expect it', () => {
    const bond = stories.find((s) => s.id === 'your-word-is-your-bond');
    expect(bond?.decisions.map((d) => d.id)).toContain('double-billing');
  });

  it('gives every choice a consequence', () => {
    const choices = stories.flatMap((s) => s.decisions.flatMap((d) => d.choices)) as { consequence?: string }[];
    expect(choices.length).toBeGreaterThan(60);
    expect(choices.filter((c) => !c.consequence || c.consequence.length < 40)).toEqual([]);
  });
});
