// npm run bench -- [--stories 1000] [--larger 2000] [--runs 3] [--larger-runs 1] [--queries 20] [--report]
// Builds generated libraries with the real configuration and reports build
// time, pages per second, phases, output sizes, JavaScript per story page and
// search latency in Chromium. Writes docs/benchmarks.md. A benchmark, not a
// test. --report writes the page again from the last run's measurements
// (after editing findings.mjs, say) without building anything.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { WHAT_IS_LEFT, WHERE_THE_TIME_GOES } from './findings.mjs';
import { gzipSync } from 'node:zlib';
import { generateStories } from './generate.mjs';
import { searchLatency } from './search-latency.mjs';
import { timedBuild } from './phases.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .join(' ')
    .split('--')
    .filter(Boolean)
    .map((a) => a.trim().split(/\s+/)),
);
const N = Number(args.stories ?? 1000);
const LARGER = Number(args.larger ?? 2000);
const RUNS = Number(args.runs ?? 3);
const LARGER_RUNS = Number(args['larger-runs'] ?? 1);
const QUERIES = Number(args.queries ?? 20);
const ROOT = new URL('../../', import.meta.url).pathname;
const WORK = join(tmpdir(), 'judgment-calls-bench');
const LAST = join(WORK, 'last-run.json');
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
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );

/** JavaScript a story page brings: its script files and inline scripts, gzip. */
function storyPageJs(out) {
  const story = readdirSync(join(out, 'stories'), { withFileTypes: true }).find((e) => e.isDirectory() && !/^\d+$/.test(e.name));
  const html = readFileSync(join(out, 'stories', story.name, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(out, m[1])));
  const inline = [...html.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [...files, ...inline].reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
}

async function build(label, storiesDir, run, tracksDir = EMPTY_TRACKS) {
  const out = join(WORK, `out-${label}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(`${out}-cache`, { recursive: true, force: true });
  const env = {
    ...process.env,
    STORIES_DIR: storiesDir,
    TRACKS_DIR: tracksDir,
    CONCEPTS_DIR: join(ROOT, 'test/fixtures/library/concepts'),
    OUT_DIR: out,
    CACHE_DIR: `${out}-cache`,
    SITE_URL: 'https://judgment-calls.example',
  };
  // Timed from spawn to exit, as before; the phases come from the lines it logs.
  const { seconds, cpu, log, phases, routes } = await timedBuild(join(ROOT, 'node_modules/astro/bin/astro.mjs'), { cwd: ROOT, env });
  const pages = countHtml(out);
  const pagefind = Number(/indexed \d+ pages in (\d+) ms/.exec(log)?.[1] ?? NaN) / 1000;
  const warnings = log.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line)).length;
  const myAnswers = existsSync(join(out, 'my-answers/index.html'))
    ? gzipSync(readFileSync(join(out, 'my-answers/index.html')), { level: 9 }).length
    : 0;
  const row = {
    label,
    run,
    seconds,
    cpu,
    phases,
    routes,
    pages,
    perSecond: pages / seconds,
    dist: dirSize(out),
    index: dirSize(join(out, 'pagefind')),
    js: storyPageJs(out),
    pagefind,
    warnings,
    myAnswers,
    out,
  };
  console.log(
    `${label} run ${run}: ${seconds.toFixed(1)} s (${cpu.toFixed(1)} s CPU), ${pages} pages, ${(pages / seconds).toFixed(0)} pages/s, Pagefind ${pagefind.toFixed(1)} s, ${warnings} warnings`,
  );
  return row;
}

const min = (xs) => Math.min(...xs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function series(label, count, decisions, runs, ext) {
  const dir = join(WORK, `stories-${label}`);
  generateStories(dir, count, { decisions, ext });
  const rows = [];
  for (let run = 1; run <= runs; run++) rows.push(await build(label, dir, run));
  const times = rows.map((r) => r.seconds);
  // Sizes come from the last run; phases and routes from the run at the median,
  // the least disturbed by whatever else the machine was doing.
  const typical = rows.find((r) => r.seconds === median(times));
  return {
    label,
    count,
    decisions,
    ext,
    runs,
    min: min(times),
    median: median(times),
    cpu: median(rows.map((r) => r.cpu)),
    last: rows.at(-1),
    typical,
  };
}

// The site itself, as \`npm run build\` makes it: its warning count should be 0.
// (Generated libraries have no tracks, and Astro warns about the empty collection.)
async function measure() {
  const loadAtStart = loadavg()[0].toFixed(1);
  const date = new Date().toISOString().slice(0, 10);
  const site = await build('site', join(ROOT, 'content/stories'), 1, join(ROOT, 'content/tracks'));
  const results = [
    await series(`${N}-widgets`, N, true, RUNS),
    await series(`${N}-plain-mdx`, N, false, RUNS, 'mdx'),
    await series(`${N}-plain-md`, N, false, RUNS, 'md'),
    await series(`${LARGER}-widgets`, LARGER, true, LARGER_RUNS),
  ];
  const latency = await searchLatency(results[0].last.out, QUERIES);
  for (const r of [site, ...results.flatMap((x) => [x.last, x.typical])]) delete r.log;
  const measured = { N, LARGER, date, loadAtStart, site, results, latency };
  writeFileSync(LAST, JSON.stringify(measured));
  return measured;
}

const {
  N: n,
  LARGER: largerCount,
  date,
  loadAtStart: LOAD_AT_START,
  site,
  results,
  latency,
} = 'report' in args ? JSON.parse(readFileSync(LAST, 'utf8')) : await measure();

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
Widgets vs plain MDX (${n} stories, median): ${(widgets.median / plainMdx.median).toFixed(2)}× the build time (goal: at most 1.6×), ${(widgets.cpu / plainMdx.cpu).toFixed(2)}× the CPU seconds; vs plain .md: ${(widgets.median / plain.median).toFixed(2)}×. ${n} → ${largerCount} stories: ${(larger.median / widgets.median).toFixed(2)}× the build time for ${(largerCount / n).toFixed(0)}× the stories (goal: at most 2.05×).
Search latency (${n}-story build, Chromium, keystroke to first result rendered, ${latency.samples.length} queries): median ${latency.median.toFixed(0)} ms, p95 ${latency.p95.toFixed(0)} ms, min ${latency.min.toFixed(0)} ms, max ${latency.max.toFixed(0)} ms (goal: median at most 150 ms, p95 at most 300 ms).`;

const name = (r) => `${r.count} ${r.decisions ? 'widgets' : `plain .${r.ext}`}`;
const typical = (r) => r.typical ?? r.last;
const phaseTable = [
  `| Phase | ${results.map(name).join(' | ')} |`,
  `| --- | ${results.map(() => '---').join(' | ')} |`,
  ...typical(results[0]).phases.map(
    ({ name: phase }, i) =>
      `| ${phase} | ${results.map((r) => `${typical(r).phases[i].wall.toFixed(1)} s (${typical(r).phases[i].cpu.toFixed(1)})`).join(' | ')} |`,
  ),
  `| **whole build** | ${results.map((r) => `**${typical(r).seconds.toFixed(1)} s (${typical(r).cpu.toFixed(1)})**`).join(' | ')} |`,
].join('\n');
/*
 * Astro times each page from start to file written, four at a time, so those
 * times overlap: a kind of route's share of page generation is its part of
 * the summed times, and its cost per page that share over its pages.
 */
function routeShares(row) {
  const generation = row.phases.find((p) => p.name === 'page generation');
  const total = Object.values(row.routes).reduce((sum, r) => sum + r.ms, 0);
  return Object.entries(row.routes)
    .map(([kind, r]) => ({ kind, pages: r.pages, seconds: (generation.wall * r.ms) / total, cpu: (generation.cpu * r.ms) / total }))
    .sort((a, b) => b.seconds - a.seconds);
}
const routeTable = [
  '| Route | Library | Pages | Share of page generation | ms per page |',
  '| --- | --- | --- | --- | --- |',
  ...[widgets, plainMdx, larger].flatMap((r) =>
    routeShares(typical(r)).map(
      (x) => `| ${x.kind} | ${name(r)} | ${x.pages} | ${x.seconds.toFixed(1)} s | ${((x.seconds * 1000) / x.pages).toFixed(2)} |`,
    ),
  ),
].join('\n');

console.log(`\n${table}\n\n${summary}\n\n${phaseTable}\n\n${routeTable}`);
writeFileSync(
  join(ROOT, 'docs/benchmarks.md'),
  `# Benchmarks

Made by \`npm run bench\` on ${date}. Machine: ${machine}.
Load average when it started: ${LOAD_AT_START}; the machine is shared, so
single runs vary by 10-20 % (CPU seconds vary less than wall seconds).

Each library is generated into a temporary folder (never committed) and built
cold (fresh cache) with the real configuration, including the Pagefind index.
A story with decisions also gets 3 dilemma pages (the present view is a mode of
each, not a page), 3 embed pages for other sites' frames and 3 small summary
files for My answers (written in one pass after the pages, not counted as
pages); the plain libraries have 1 page per story. Generated libraries have no
workshop tracks, and Astro warns once per page that reads the empty
collection: those are the warnings in the table; the site's own build is
reported on its own line below. The plain MDX library is the fair baseline:
MDX compiles every story as a module, which alone roughly doubles a plain
\`.md\` build.

${table}

${summary}

## Where the time goes

${WHERE_THE_TIME_GOES}

Each phase of ${results[0].typical ? 'the build at the median' : 'the last build'} of each library, wall seconds (CPU seconds of the
build and its child processes in brackets: more CPU than wall means a second
core at work, less means waiting). Phases are split by the lines the build
logs, timed as they arrive (\`test/bench/phases.mjs\`).

${phaseTable}

Page generation by kind of route. Astro times every page from start to file
written, four pages at a time, so the times overlap: each kind's share is its
part of the summed times, and ms per page is that share over its pages.

${routeTable}

${WHAT_IS_LEFT}

Re-run with \`npm run bench\` (defaults: 1,000 stories × 3 runs, plain baselines × 3, 2,000 stories × 1,
20 search queries), or smaller: \`npm run bench -- --stories 200 --larger 400 --runs 2\`.
`,
);
