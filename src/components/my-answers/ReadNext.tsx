import type { DecisionsState } from '../decision/store';
import type { StoryLink } from './types';
import { readNext } from './read-next';
import { own } from '../../lib/storage/guards';

/** A story the reader has answered nothing in, preferring themes they have not met: a plain link and its one-line description. */
export default function ReadNext({ state, stories }: { state: DecisionsState; stories: StoryLink[] }) {
  const suggestion = readNext(stories, (id) => own(state.answers, id) !== undefined);
  if (!suggestion) return null;
  const { story, newThemes } = suggestion;
  const answeredAny = Object.keys(state.answers).length > 0;
  return (
    <div class="read-next">
      <p class="read-next-link">
        Read next: <a href={story.href}>{story.title}</a>
      </p>
      <p class="hint">
        {story.description}
        {answeredAny && newThemes.length > 0 && ` Themes new to you: ${newThemes.join('; ')}.`}
      </p>
    </div>
  );
}
