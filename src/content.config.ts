import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storiesLoader } from './stories/loader';
import { storySchema } from './stories/schema';
import { trackSchema } from './tracks/schema';

// STORIES_DIR and TRACKS_DIR let the tests build fixture libraries (bad
// frontmatter, duplicate ids, unknown track ids, a thousand generated stories)
// with the real configuration.
const stories = defineCollection({
  loader: storiesLoader(process.env.STORIES_DIR ?? './content/stories'),
  schema: storySchema,
});

const tracks = defineCollection({
  loader: glob({ base: process.env.TRACKS_DIR ?? './content/tracks', pattern: '**/*.md' }),
  schema: trackSchema,
});

export const collections = { stories, tracks };
