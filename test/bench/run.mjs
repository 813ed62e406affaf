// npm run bench -- [--stories 1000] [--larger 2000] [--runs 3] [--larger-runs 1] [--queries 20]
// Builds generated libraries with the real configuration and reports build
// time, pages per second, output sizes, JavaScript per story page and search
// latency in Chromium. Writes docs/benchmarks.md. A benchmark, not a test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  const html = readFileSync(join(out, 'stories/bench-1/index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(out, m[1])));
  const inline = [...html.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [...files, ...inline].reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
}

function build(label, storiesDir, run) {
  const out = join(WORK, `out-${label}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(`${out}-cache`, { recursive: true, force: true });
  const env = { ...process.env, STORIES_DIR: storiesDir, TRACKS_DIR: EMPTY_TRACKS, OUT_DIR: out, CACHE_DIR: `${out}-cache`, SITE_URL: 'https://judgment-calls.example' };
  const started = performance.now();
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--silent'], { cwd: ROOT, env, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} build failed:\n${result.stderr}`);
  const pages = countHtml(out);
  const row = { label, run, seconds, pages, perSecond: pages / seconds, dist: dirSize(out), index: dirSize(join(out, 'pagefind')), js: storyPageJs(out), out };
  console.log(`${label} run ${run}: ${seconds.toFixed(1)} s, ${pages} pages, ${(pages / seconds).toFixed(0)} pages/s`);
  return row;
}

const min = (xs) => Math.min(...xs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function series(label, count, decisions, runs) {
  const dir = join(WORK, `stories-${label}`);
  generateStories(dir, count, { decisions });
  const rows = [];
  for (let run = 1; run <= runs; run++) rows.push(build(label, dir, run));
  const times = rows.map((r) => r.seconds);
  return { label, count, decisions, runs, min: min(times), median: median(times), last: rows.at(-1) };
}

const results = [
  series(`${N}-widgets`, N, true, RUNS),
  series(`${N}-plain`, N, false, RUNS),
  series(`${LARGER}-widgets`, LARGER, true, LARGER_RUNS),
];
const latency = await searchLatency(results[0].last.out, QUERIES);

const [widgets, plain, larger] = results;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem()).replace(' MB', '')} MB memory, Node ${process.version}`;
const table = [
  '| Library | Runs | Build min | Build median | Pages | Pages/s (median) | dist | Pagefind index | JS per story page (gzip) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.count} stories, ${r.decisions ? '3 decisions each' : 'plain Markdown'} | ${r.runs} | ${r.min.toFixed(1)} s | ${r.median.toFixed(1)} s | ${r.last.pages} | ${(r.last.pages / r.median).toFixed(0)} | ${mb(r.last.dist)} | ${mb(r.last.index)} | ${r.last.js} B |`,
  ),
].join('\n');
const summary = `Widgets vs plain (${N} stories, median): ${(widgets.median / plain.median).toFixed(2)}× the build time. ${N} → ${LARGER} stories: ${(larger.median / widgets.median).toFixed(2)}× the build time for ${(LARGER / N).toFixed(0)}× the stories.
Search latency (${N}-story build, Chromium, typing to first results rendered, ${latency.samples.length} queries): median ${latency.median.toFixed(0)} ms, min ${latency.min.toFixed(0)} ms, max ${latency.max.toFixed(0)} ms.`;

console.log(`\n${table}\n\n${summary}`);
writeFileSync(
  join(ROOT, 'docs/benchmarks.md'),
  `# Benchmarks

Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${machine}.

Each library is generated into a temporary folder (never committed) and built
cold (fresh cache) with the real configuration, including the Pagefind index.
A story with decisions also gets 3 dilemma pages and 3 present views, so the
widget libraries have about 7 pages per story; the plain library has 1.

${table}

${summary}

Re-run with \`npm run bench\` (defaults: 1,000 stories × 3 runs, plain baseline × 3, 2,000 stories × 1,
20 search queries), or smaller: \`npm run bench -- --stories 200 --larger 400 --runs 2\`.
`,
);
