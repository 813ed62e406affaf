import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getStories } from '../stories/library';
import { THEMES } from '../stories/themes';
import { storyPath, url } from '../utils/url';

export async function GET(context: APIContext) {
  const stories = await getStories();
  return rss({
    title: 'Judgment Calls',
    description: 'Sales and business-ethics stories that stop at the hard moments and ask what you would do.',
    site: new URL(url('/'), context.site),
    items: stories.map((story) => ({
      title: story.data.title,
      description: story.data.description,
      pubDate: story.data.published,
      link: url(storyPath(story.id)),
      categories: story.data.themes.map((t) => THEMES[t].label),
    })),
    customData: '<language>en-gb</language>',
  });
}
