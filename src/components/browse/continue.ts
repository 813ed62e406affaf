import { own } from '../../lib/storage/guards';
import type { Answer } from '../decision/store';

/** A story as the home page hands it to "Continue": its address and its decision ids in reading order. */
export interface StoryLink {
  title: string;
  href: string;
  decisions: string[];
}

export interface Resume {
  story: StoryLink;
  /** The first decision still open, in reading order. */
  decision: string;
  /** Its place in the story, from 1. */
  step: number;
}

/**
 * Where to pick up: of the stories with some decisions answered and some
 * open, the one answered in most recently, at its first open decision. A new
 * reader, or one who has finished everything begun, gets nothing.
 */
export function continueWith(stories: readonly StoryLink[], answers: Record<string, Answer>): Resume | null {
  let best: (Resume & { at: number }) | null = null;
  for (const story of stories) {
    const given = story.decisions.map((id) => own(answers, id));
    const open = given.findIndex((answer) => !answer);
    if (open < 0) continue;
    const at = Math.max(...given.map((answer) => answer?.at ?? -Infinity));
    if (at === -Infinity || (best && best.at >= at)) continue;
    best = { story, decision: story.decisions[open]!, step: open + 1, at };
  }
  return best && { story: best.story, decision: best.decision, step: best.step };
}
