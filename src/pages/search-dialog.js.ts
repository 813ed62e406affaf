import type { APIRoute } from 'astro';
import { transformSync } from 'esbuild';
import source from '../components/search/search-dialog.js?raw';
import resultTemplate from '../components/search/result-template.html?raw';

// Plain JavaScript the inline page script imports on first use, minified here
// the same way as that script, with the search page's result template written in.
export const GET: APIRoute = () =>
  new Response(
    transformSync(source, { minify: true, target: 'es2022', format: 'esm', define: { RESULT_TEMPLATE: JSON.stringify(resultTemplate) } })
      .code,
    {
      headers: { 'Content-Type': 'text/javascript' },
    },
  );
