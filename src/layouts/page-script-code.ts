import { transformSync } from 'esbuild';
import source from './page-script.js?raw';

/**
 * The inline page script, minified once per build. (Minifying it inside
 * PageScript.astro ran esbuild for every page: about 1.5 ms a page.)
 */
export const pageScript = transformSync(source, { minify: true, target: 'es2022' }).code;
