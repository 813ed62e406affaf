import type { DecisionsState } from '../decision/store';
import type { DecisionSummary } from '../../stories/summary';
import type { StoryLink } from './types';
import { own } from '../../lib/storage/guards';

export interface StoryGroup {
  title: string;
  href: string;
  /** The answered decisions, in story order. */
  decisions: DecisionSummary[];
}

/**
 * The answered decisions under their stories: the story answered in most
 * recently first, each story's decisions in the order it tells them. A
 * decision the stories list does not place (a summary cached from an older
 * build) gets a group of its own story title, its decisions in answer order.
 */
export function groupByStory(
  answers: DecisionsState['answers'],
  decisions: readonly DecisionSummary[],
  stories: readonly StoryLink[],
): StoryGroup[] {
  const place = new Map<string, { story: StoryLink; at: number }>();
  for (const story of stories) story.decisions.forEach((id, at) => place.set(id, { story, at }));
  const groups = new Map<string, StoryGroup & { latest: number; order: Map<string, number> }>();
  for (const decision of decisions) {
    const answer = own(answers, decision.id);
    if (!answer) continue;
    const placed = place.get(decision.id);
    const key = placed ? `story:${placed.story.id}` : `title:${decision.storyTitle}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        title: placed?.story.title ?? decision.storyTitle,
        href: placed?.story.href ?? decision.storyHref.replace(/#.*$/, ''),
        decisions: [],
        latest: 0,
        order: new Map(),
      };
      groups.set(key, group);
    }
    group.decisions.push(decision);
    group.latest = Math.max(group.latest, answer.at);
    group.order.set(decision.id, placed ? placed.at : answer.at);
  }
  return [...groups.values()]
    .sort((a, b) => b.latest - a.latest)
    .map(({ title, href, decisions: answered, order }) => ({
      title,
      href,
      decisions: answered.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
    }));
}
