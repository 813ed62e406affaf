import { defineCollection } from 'astro:content';
import { storiesLoader } from './stories/loader';
import { storySchema } from './stories/schema';

// STORIES_DIR lets the tests build fixture libraries (bad frontmatter,
// duplicate ids, a thousand generated stories) with the real configuration.
const stories = defineCollection({
  loader: storiesLoader(process.env.STORIES_DIR ?? './content/stories'),
  schema: storySchema,
});

export const collections = { stories };
