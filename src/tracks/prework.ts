/**
 * What is wrong with a track's pre-work story, if anything: it must be a story
 * the site publishes, and not one the track's own dilemmas come from, since
 * reading that first gives the reveal away. Shared by the build (getTracks)
 * and the content rules, so both say the same thing.
 */
export function preworkProblem(
  file: string,
  story: string,
  /** Ids of every published story. */
  stories: ReadonlySet<string>,
  /** The story each of the track's decisions comes from, in the track's order. */
  storyOfDecision: readonly { decision: string; story: string }[],
): string | undefined {
  if (!stories.has(story)) return `${file}: prework.story "${story}" is not the id of any published story in content/stories/`;
  const index = storyOfDecision.findIndex((step) => step.story === story);
  if (index < 0) return undefined;
  return `${file}: prework.story "${story}" is where decisions[${index}] "${storyOfDecision[index]!.decision}" comes from; reading it first gives the reveal away, so choose another story`;
}
