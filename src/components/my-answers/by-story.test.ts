import { describe, expect, it } from 'vitest';
import { groupByStory } from './by-story';
import type { DecisionSummary } from '../../stories/summary';
import type { StoryLink } from './types';

const decision = (id: string, storyTitle: string): DecisionSummary => ({
  id,
  question: id,
  storyTitle,
  storyHref: `/stories/${storyTitle.toLowerCase()}/#${id}`,
  dilemmaHref: `/dilemmas/${id}/`,
  choices: [{ id: 'a', label: 'a', consequence: '', lenses: [] }],
  forces: [],
});
const story = (id: string, title: string, decisions: string[]): StoryLink => ({
  id,
  title,
  href: `/stories/${id}/`,
  description: '',
  decisions,
  themes: [],
});
const stories = [story('gift', 'Gift', ['g1', 'g2', 'g3']), story('bill', 'Bill', ['b1', 'b2'])];
const decisions = ['g3', 'g1', 'b2', 'b1', 'old'].map((id) => decision(id, id === 'old' ? 'Old' : id.startsWith('g') ? 'Gift' : 'Bill'));

describe('groupByStory', () => {
  it('puts each answered decision under its story, in story order, the story answered in last first', () => {
    const answers = { g3: { choice: 'a', at: 1 }, g1: { choice: 'a', at: 5 }, b2: { choice: 'a', at: 3 }, b1: { choice: 'a', at: 2 } };
    expect(groupByStory(answers, decisions, stories).map((g) => [g.title, g.href, g.decisions.map((d) => d.id)])).toEqual([
      ['Gift', '/stories/gift/', ['g1', 'g3']],
      ['Bill', '/stories/bill/', ['b1', 'b2']],
    ]);
  });

  it('leaves out unanswered decisions, and gives a decision no story places its own story title', () => {
    const answers = { old: { choice: 'a', at: 9 }, b2: { choice: 'a', at: 3 } };
    expect(groupByStory(answers, decisions, stories).map((g) => [g.title, g.href, g.decisions.map((d) => d.id)])).toEqual([
      ['Old', '/stories/old/', ['old']],
      ['Bill', '/stories/bill/', ['b2']],
    ]);
  });
});
