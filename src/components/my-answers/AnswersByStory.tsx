import type { DecisionsState } from '../decision/store';
import type { DecisionSummary } from '../../stories/summary';
import type { StoryLink } from './types';
import AnswerList from './AnswerList';
import { groupByStory } from './by-story';

interface Props {
  state: DecisionsState;
  decisions: DecisionSummary[];
  stories: StoryLink[];
}

/** The reader's answers under their stories' titles, each story's decisions in the order it tells them. */
export default function AnswersByStory({ state, decisions, stories }: Props) {
  const groups = groupByStory(state.answers, decisions, stories);
  if (groups.length === 0) return <p class="empty">No answers on this device yet.</p>;
  return (
    <>
      {groups.map((group) => (
        <div class="story-answers" key={group.href}>
          <h3>
            <a href={group.href}>{group.title}</a>
          </h3>
          <AnswerList decisions={group.decisions} state={state} inStory />
        </div>
      ))}
    </>
  );
}
