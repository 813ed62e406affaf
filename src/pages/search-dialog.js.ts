import type { APIRoute } from 'astro';
import { transformSync } from 'esbuild';
import source from '../components/search/search-dialog.js?raw';

// Plain JavaScript the inline page script imports on first use, minified here
// the same way as that script.
export const GET: APIRoute = () =>
  new Response(transformSync(source, { minify: true, target: 'es2022', format: 'esm' }).code, {
    headers: { 'Content-Type': 'text/javascript' },
  });
