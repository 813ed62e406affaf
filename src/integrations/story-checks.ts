import type { AstroIntegration } from 'astro';
import { describeProblems, listenForProblems } from '../stories/problems-channel';

/**
 * In `astro dev`, shows the story loader's library checks in the browser's
 * error overlay when a change breaks them, again to every page that connects
 * while they fail, and reloads the pages once they pass. (The terminal hears
 * from the loader itself.)
 */
export function storyChecksOverlay(): AstroIntegration {
  return {
    name: 'judgment-calls:story-checks',
    hooks: {
      'astro:server:setup': ({ server }) => {
        let failing: string | undefined;
        const show = () => {
          if (failing) server.hot.send({ type: 'error', err: { message: failing, stack: '', plugin: 'judgment-calls:stories' } });
        };
        server.hot.on('connection', show);
        listenForProblems((problems) => {
          failing = problems.length > 0 ? describeProblems(problems) : undefined;
          if (failing) show();
          else server.hot.send({ type: 'full-reload' });
        });
      },
    },
  };
}
