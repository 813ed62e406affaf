// npm run bench -- [--stories 1000] [--larger 2000] [--runs 3] [--larger-runs 1] [--queries 20]
// Builds generated libraries with the real configuration and reports build
// time, pages per second, output sizes, JavaScript per story page and search
// latency in Chromium. Writes docs/benchmarks.md. A benchmark, not a test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateStories } from './generate.mjs';
import { searchLatency } from './search-latency.mjs';

const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((a) => a.trim().split(/\s+/)));
const N = Number(args.stories ?? 1000);
const LARGER = Number(args.larger ?? 2000);
const RUNS = Number(args.runs ?? 3);
const LARGER_RUNS = Number(args['larger-runs'] ?? 1);
const QUERIES = Number(args.queries ?? 20);
const ROOT = new URL('../../', import.meta.url).pathname;
const WORK = join(tmpdir(), 'judgment-calls-bench');
const EMPTY_TRACKS = join(WORK, 'no-tracks');
mkdirSync(EMPTY_TRACKS, { recursive: true });

function dirSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(path) : statSync(path).size;
  }
  return total;
}
const countHtml = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);

/** JavaScript a story page brings: its script files and inline scripts, gzip. */
function storyPageJs(out) {
  const story = readdirSync(join(out, 'stories'), { withFileTypes: true }).find((e) => e.isDirectory() && !/^\d+$/.test(e.name));
  const html = readFileSync(join(out, 'stories', story.name, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(out, m[1])));
  const inline = [...html.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [...files, ...inline].reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
}

function build(label, storiesDir, run, tracksDir = EMPTY_TRACKS) {
  const out = join(WORK, `out-${label}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(`${out}-cache`, { recursive: true, force: true });
  const env = { ...process.env, STORIES_DIR: storiesDir, TRACKS_DIR: tracksDir, OUT_DIR: out, CACHE_DIR: `${out}-cache`, SITE_URL: 'https://judgment-calls.example' };
  const started = performance.now();
  // A large library logs a line a page: far more than spawnSync's default 1 MB buffer.
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} build failed:\n${result.stderr}`);
  const log = `${result.stdout}\n${result.stderr}`;
  const pages = countHtml(out);
  const pagefind = Number(/indexed \d+ pages in (\d+) ms/.exec(log)?.[1] ?? NaN) / 1000;
  const warnings = log.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line)).length;
  const myAnswers = existsSync(join(out, 'my-answers/index.html')) ? gzipSync(readFileSync(join(out, 'my-answers/index.html')), { level: 9 }).length : 0;
  const row = { label, run, seconds, pages, perSecond: pages / seconds, dist: dirSize(out), index: dirSize(join(out, 'pagefind')), js: storyPageJs(out), pagefind, warnings, myAnswers, out };
  console.log(`${label} run ${run}: ${seconds.toFixed(1)} s, ${pages} pages, ${(pages / seconds).toFixed(0)} pages/s, Pagefind ${pagefind.toFixed(1)} s, ${warnings} warnings`);
  return row;
}

const min = (xs) => Math.min(...xs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function series(label, count, decisions, runs, ext) {
  const dir = join(WORK, `stories-${label}`);
  generateStories(dir, count, { decisions, ext });
  const rows = [];
  for (let run = 1; run <= runs; run++) rows.push(build(label, dir, run));
  const times = rows.map((r) => r.seconds);
  return { label, count, decisions, ext, runs, min: min(times), median: median(times), last: rows.at(-1) };
}

// The site itself, as \`npm run build\` makes it: its warning count should be 0.
// (Generated libraries have no tracks, and Astro warns about the empty collection.)
const site = build('site', join(ROOT, 'content/stories'), 1, join(ROOT, 'content/tracks'));

const results = [
  series(`${N}-widgets`, N, true, RUNS),
  series(`${N}-plain-mdx`, N, false, RUNS, 'mdx'),
  series(`${N}-plain-md`, N, false, RUNS, 'md'),
  series(`${LARGER}-widgets`, LARGER, true, LARGER_RUNS),
];
const latency = await searchLatency(results[0].last.out, QUERIES);

const [widgets, plainMdx, plain, larger] = results;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem()).replace(' MB', '')} MB memory, Node ${process.version}`;
const table = [
  '| Library | Runs | Build min | Build median | Pages | Pages per story | ms per page | Pagefind | Warnings | dist | Pagefind index | JS per story page (gzip) | My answers HTML (gzip) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.count} stories, ${r.decisions ? '3 decisions each' : `plain .${r.ext}`} | ${r.runs} | ${r.min.toFixed(1)} s | ${r.median.toFixed(1)} s | ${r.last.pages} | ${(r.last.pages / r.count).toFixed(1)} | ${((r.median * 1000) / r.last.pages).toFixed(1)} | ${r.last.pagefind.toFixed(1)} s | ${r.last.warnings} | ${mb(r.last.dist)} | ${mb(r.last.index)} | ${r.last.js} B | ${r.last.myAnswers} B |`,
  ),
].join('\n');
const summary = `The site's own build: ${site.seconds.toFixed(1)} s, ${site.pages} pages, ${site.warnings} warnings (goal: 0).
Widgets vs plain MDX (${N} stories, median): ${(widgets.median / plainMdx.median).toFixed(2)}× the build time (goal: at most 1.6×); vs plain .md: ${(widgets.median / plain.median).toFixed(2)}×. ${N} → ${LARGER} stories: ${(larger.median / widgets.median).toFixed(2)}× the build time for ${(LARGER / N).toFixed(0)}× the stories (goal: at most 2.05×).
Search latency (${N}-story build, Chromium, keystroke to first result rendered, ${latency.samples.length} queries): median ${latency.median.toFixed(0)} ms, p95 ${latency.p95.toFixed(0)} ms, min ${latency.min.toFixed(0)} ms, max ${latency.max.toFixed(0)} ms (goal: median at most 150 ms, p95 at most 300 ms).`;

console.log(`\n${table}\n\n${summary}`);
writeFileSync(
  join(ROOT, 'docs/benchmarks.md'),
  `# Benchmarks

Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${machine}.

Each library is generated into a temporary folder (never committed) and built
cold (fresh cache) with the real configuration, including the Pagefind index.
A story with decisions also gets 3 dilemma pages (the present view is a mode of
each, not a page), 3 embed pages for other sites' frames and 3 small summary
files for My answers; the plain libraries have 1 page per story. Generated libraries have no workshop tracks, and Astro
warns once per page that reads the empty collection: those are the warnings in
the table; the site's own build is reported on its own line below. The plain
MDX library is the fair baseline: MDX compiles
every story as a module, which alone roughly doubles a plain \`.md\` build.

${table}

${summary}

## Where the time goes

A CPU profile of a 200-story build (\`node --cpu-prof\` on \`astro build\`)
found these repeated per-page costs, now removed:

- The inline page script was minified by esbuild inside \`PageScript.astro\`,
  so once for every page (about 1.2 s of a 12.7 s build). It is now minified
  once per build (\`page-script-code.ts\`).
- Each dilemma had a second page, its present view, repeating its content and
  encoding its QR code again. The present view is now \`#present\` on the
  dilemma page (\`:target\`, no JavaScript), and QR codes are encoded once per
  URL: 7 pages per story became 4.
- Pagefind read every HTML page; it now reads only stories and dilemmas, the
  pages with searchable bodies (the same results).

What remains per page is rendering itself, QR encoding (about 0.9 ms per
dilemma, once per URL), and Astro's own work; the decision map and story
queries were already worked out once per build.

Re-run with \`npm run bench\` (defaults: 1,000 stories × 3 runs, plain baseline × 3, 2,000 stories × 1,
20 search queries), or smaller: \`npm run bench -- --stories 200 --larger 400 --runs 2\`.
`,
);
