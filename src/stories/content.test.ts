import { describe, expect, it } from 'vitest';
import { DILEMMA_LIMITS, REAL_LIBRARY, onPaper, onScreen, readStories } from '../../test/support/content';
import { storySchema } from './schema';
import { checkStoryBody } from './markers';
import { checkLibrary, toChecked } from './checks';
import { countWords } from './reading-time';

/**
 * The library as the build sees it, checked in a second: the same schema and
 * checks the loader runs, plus the length bar from docs/writing.md.
 */
const stories = readStories(REAL_LIBRARY.stories).map((story) => ({ story, parsed: storySchema.safeParse(story.raw) }));

describe('every story in content/stories', () => {
  it.each(stories.map(({ story, parsed }) => [story.file, story, parsed] as const))(
    '%s passes the schema and its body checks',
    (file, story, parsed) => {
      const issues = parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
      expect(issues, file).toEqual([]);
      expect(
        checkStoryBody(
          story.body,
          story.decisions.map((d) => d.id),
        ),
        file,
      ).toEqual([]);
    },
  );

  it.each(stories.map(({ story, parsed }) => [story.file, parsed.data] as const))(
    '%s ends with a payoff: why careful people take its route (60-120 words) and a question to answer',
    (file, data) => {
      expect(data?.route, file).toBeDefined();
      const words = countWords(data?.route ?? '');
      expect(words, file).toBeGreaterThanOrEqual(60);
      expect(words, file).toBeLessThanOrEqual(120);
      expect(data?.reflection, file).toMatch(/\?$/);
    },
  );

  it.each(stories.map(({ story, parsed }) => [story.file, parsed.data] as const))(
    '%s names the sources of every legal note',
    (file, data) => {
      const unsourced = (data?.decisions ?? []).filter((d) => d.legal && d.sources.length === 0).map((d) => d.id);
      expect(unsourced, `${file}: decisions with a legal note and no sources`).toEqual([]);
    },
  );

  it.each(stories.map(({ story }) => [story.file, story] as const))('%s is 700-1,200 words with 3-5 decisions', (file, story) => {
    const words = countWords(story.body);
    expect(words, file).toBeGreaterThanOrEqual(700);
    expect(words, file).toBeLessThanOrEqual(1200);
    expect(story.decisions.length, file).toBeGreaterThanOrEqual(3);
    expect(story.decisions.length, file).toBeLessThanOrEqual(5);
  });

  it.each(stories.flatMap(({ story }) => story.decisions.map((d) => [`${story.file} ${d.id}`, d] as const)))(
    '%s fits a projector and a printed page (DILEMMA_LIMITS)',
    (where, decision) => {
      expect(onScreen(decision), `${where}: question and choices, in characters`).toBeLessThanOrEqual(DILEMMA_LIMITS.screen);
      expect(onPaper(decision), `${where}: with setup and discussion, in characters`).toBeLessThanOrEqual(DILEMMA_LIMITS.paper);
    },
  );

  it('passes the library checks: cast names unique and present, the narrator not usually first', () => {
    const checked = stories.flatMap(({ story, parsed }) => {
      if (!parsed.success) return [];
      return [toChecked(story.file, story.body, parsed.data)];
    });
    expect(checkLibrary(checked)).toEqual([]);
  });

  it('keeps the library broad: at least 10 countries, 8 narrator roles and 18 industries, software at most 15%', () => {
    const data = stories.flatMap(({ parsed }) => (parsed.success && !parsed.data.draft ? [parsed.data] : []));
    expect(new Set(data.map((d) => d.country)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(data.map((d) => d.narrator.role)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(data.map((d) => d.industry)).size).toBeGreaterThanOrEqual(18);
    expect(data.filter((d) => d.industry === 'software').length / data.length).toBeLessThanOrEqual(0.15);
  });

  it('tells both founding stories with at least four decisions each, and credits their sources', () => {
    for (const id of ['the-favour-outside-the-lines', 'your-word-is-your-bond']) {
      const found = stories.find(({ story }) => story.id === id);
      expect(found?.story.decisions.length ?? 0, id).toBeGreaterThanOrEqual(4);
      expect(found?.parsed.data?.source?.title, id).toBeTruthy();
    }
  });

  it('keeps the double-billing dilemma where coaches and search expect it', () => {
    const bond = stories.find(({ story }) => story.id === 'your-word-is-your-bond');
    expect(bond?.story.decisions.map((d) => d.id)).toContain('double-billing');
  });
});
