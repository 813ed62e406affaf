import { describe, expect, it } from 'vitest';
import { REAL_LIBRARY, readStories, readTracks } from '../../test/support/content';
import { trackSchema } from './schema';
import { preworkProblem } from './prework';

/**
 * The real tracks as the build sees them, checked in a second: the schema
 * (the plan adds up, slack and minutes per dilemma, the closing's length),
 * every dilemma a published story's, and the pre-work story the build checks. The browser tests build the fixture library instead.
 */
const tracks = readTracks(REAL_LIBRARY.tracks);
const stories = readStories(REAL_LIBRARY.stories).filter((s) => !s.draft);
const published = new Set(stories.flatMap((s) => s.decisions.map((d) => d.id)));
const storyOf = new Map(stories.flatMap((s) => s.decisions.map((d) => [d.id, s.id] as const)));

describe('every track in content/tracks', () => {
  it('offers at least three tracks', () => {
    expect(tracks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(tracks.map((track) => [track.file, track] as const))(
    '%s passes the schema and names published dilemmas once each',
    (file, track) => {
      const parsed = trackSchema.safeParse(track.raw);
      expect(parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [], file).toEqual([]);
      expect(
        track.decisions.filter((id) => !published.has(id)),
        `${file}: dilemmas no published story has`,
      ).toEqual([]);
      expect(new Set(track.decisions).size, `${file}: a dilemma listed twice`).toBe(track.decisions.length);
      const prework = (track.raw.prework as { story?: unknown } | undefined)?.story;
      if (typeof prework === 'string') {
        const steps = track.decisions.map((id) => ({ decision: id, story: storyOf.get(id) ?? '' }));
        expect(preworkProblem(file, prework, new Set(stories.map((s) => s.id)), steps)).toBeUndefined();
      }
    },
  );
});
