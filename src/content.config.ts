import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storiesLoader } from './stories/loader';
import { storySchema } from './stories/schema';
import { trackSchema } from './tracks/schema';
import { conceptsLoader } from './concepts/loader';
import { conceptSchema } from './concepts/schema';

const conceptsDir = process.env.CONCEPTS_DIR ?? './content/concepts';

// STORIES_DIR, TRACKS_DIR and CONCEPTS_DIR let the tests build fixture libraries (bad
// frontmatter, duplicate ids, unknown track ids, a thousand generated stories)
// with the real configuration.
const stories = defineCollection({
  loader: storiesLoader(process.env.STORIES_DIR ?? './content/stories', conceptsDir),
  schema: storySchema,
});

const tracks = defineCollection({
  loader: glob({ base: process.env.TRACKS_DIR ?? './content/tracks', pattern: '**/*.md' }),
  schema: trackSchema,
});

/** The forces behind the dilemmas; stories name them by file name under `forces`. */
const concepts = defineCollection({
  loader: conceptsLoader(conceptsDir),
  schema: conceptSchema,
});

export const collections = { stories, tracks, concepts };
