import { describe, expect, it } from 'vitest';
import { readNext } from './read-next';
import type { StoryLink } from './types';

const story = (id: string, decisions: string[], themes: string[]): StoryLink => ({
  id,
  title: id,
  href: `/stories/${id}/`,
  description: '',
  decisions,
  themes,
});
const stories = [
  story('newest', ['n1'], ['Gifts']),
  story('empty', [], ['Bribery']),
  story('fresh', ['f1', 'f2'], ['Gifts', 'Speaking up']),
  story('read', ['r1', 'r2'], ['Gifts', 'Honesty']),
  story('other', ['o1'], ['Honesty']),
];
const answered = (ids: string[]) => (id: string) => ids.includes(id);

describe('readNext', () => {
  it('suggests a story with no answer, bringing the most themes not met yet', () => {
    expect(readNext(stories, answered(['r2']))).toEqual({ story: stories[2], newThemes: ['Speaking up'] });
  });

  it('takes the first unanswered story among equals, never one with no decisions', () => {
    expect(readNext(stories, answered([]))?.story.id).toBe('fresh');
    expect(readNext(stories, answered(['f1', 'r1']))?.story.id).toBe('newest');
  });

  it('suggests nothing when every story with decisions has an answer', () => {
    expect(readNext(stories, answered(['n1', 'f2', 'r1', 'o1']))).toBeNull();
  });
});
