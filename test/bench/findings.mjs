// What profiling found, for docs/benchmarks.md: written by hand and kept
// beside the bench so a re-run keeps it. Its figures were measured when it was
// written, as it says; the tables around it are measured by each run.

export const WHERE_THE_TIME_GOES = `Profiles of 300-story builds (\`node --cpu-prof\` on \`astro build\`, and
the per-page times Astro logs, at \`build.concurrency\` 1 for clean per-page
figures) found these, now cut without changing any output:

- **The service worker was generated twice at scale.** Workbox first listed
  and hashed every file and bundled a service worker, only for the build to
  see the total was over 40 MB and start again with the shell. Now a size
  check by \`stat\` (no reading, no hashing, stopping at 40 MB) picks the
  pattern and Workbox runs once: the offline phase went from about 4 s to
  about 2 s at 300 stories, and from 5.6 s to 2.3 s at 1,000, where the first
  pass hashed about 4,000 pages (\`src/integrations/offline.ts\`).
- **QR codes: 17 % of page generation.** uqr picks the mask by drawing all
  eight and scoring each with the standard penalty rules, in code written for
  clarity: 0.9-1.1 ms a code, and every dilemma page has its own code
  (3,000 at 1,000 stories). The same choice by the same rules on flat arrays,
  from one encoding with a fixed mask, takes about 0.4 ms; the modules are
  exactly uqr's own, tested against it on 600 dilemma URLs, random texts and
  long texts (\`src/components/share/qr.ts\`).
- **3,000 summary files through Astro's page pipeline.** Each
  \`/dilemmas/<id>/summary.json\` cost about 0.7 ms of CPU (removing the route:
  0.6 s less CPU for 900 files), nearly all of it Astro's per-page work
  (request, response, file write, log line) for a few hundred bytes. The build
  now renders one file of every summary and an integration splits it into the
  same files, byte for byte, in about 0.2 s for 3,000
  (\`src/integrations/summaries.ts\`); \`astro dev\` still serves each from its
  route.
- **Related stories sorted the whole library for every story**: 0.2 s at
  1,000 stories and 0.9 s at 2,000, growing with the square of the library.
  Keeping the best three while reading the list gives the same ranking
  (property-tested against the sort) in a fraction of that.

Tried and dropped, measured at 300 stories:

- Handing stories and dilemmas to Pagefind from middleware as they were
  rendered, so Pagefind parsed them on the second core: the Pagefind phase
  fell by 1.3 s, but page generation rose by 1.5-2 s (passing 37 KB of HTML a
  page to Pagefind's process, and the two competing for the second core). No
  net gain.
- Pagefind's time is per page and per word, not per byte: the same pages
  stripped to their indexed part (half the HTML) took as long, and
  \`maxFragments\` (fewer fragment files) did not make writing faster.
- Replacing WebCrypto with synchronous hashing for Astro's per-page CSP hashes
  (10 % of page generation in the profile): no measurable change in a timed
  build. A larger V8 young generation: garbage collection unchanged.
- \`build.concurrency\` 1, 2, 4 and 8: page generation 8.8, 8.2, 6.9 and 7.3 s;
  4 stays.

What a page costs once the cuts are in: in a CPU profile of page generation,
Astro's own per-page work (request and response objects, the render result,
encoding the HTML, the CSP hashes, making the folder and writing the file, the
log line) is about 70 %, rendering our components about 12 % (Preact islands
2 %), QR codes 6 %, garbage collection 9 %. Rendered alone (Astro's container,
development mode), a dilemma page takes about 1.5 ms, an embed 0.7 ms and the
page layout alone 0.45 ms; no component stands out (the decision, the room
tally and the rehearsal note, each an island, 0.3-0.6 ms; share panel,
present view and discussion guide about 0.3 ms each).`;

/*
 * Measured apart from the bench, on the same machine and generated stories
 * but while no one else was using it (load average under 2), one build each
 * unless two are given. Kept as written: a re-run of the bench does not
 * change these figures.
 */
export const WHAT_IS_LEFT = `### Before and after, measured on a quiet machine

The bench run above shares the machine with other work: its 1,000-story plain
builds were slowed more than the widget builds, and its one 2,000-story build
used 85 s of CPU in 88 s (the 1,000-story ones: 49 s in 39 s), so it waited
for the processor. Built again on 2026-11-23 with the load average under 2,
from the bench's own generated stories:

| Build | Whole build | Startup and sync | Vite | Page generation | Summaries | Pagefind | Offline |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 1,000 stories, before (commit 9703c02) | 41.1 s (53.6 CPU) | 3.5 s | 7.6 s | 16.1 s | (as pages) | 7.8 s | 5.6 s |
| 1,000 stories, now | 32.7 s and 33.1 s (42.1 CPU) | 3.2 s | 6.2 s | 13.0 s | 0.2 s | 7.4 s | 2.3 s |
| 1,000 stories, plain MDX | 17.5 s and 16.3 s (23.0 CPU) | 2.7 s | 5.7 s | 3.4 s | 0.0 s | 3.2 s | 2.2 s |
| 2,000 stories, now | 65.5 s (85.3 CPU) | 4.9 s | 12.1 s | 25.7 s | 0.4 s | 18.9 s | 2.8 s |

Page generation per page, by kind (shares of the overlapping per-page times,
as in the bench's table): dilemma 2.63 ms before, 2.05 ms now (the QR code);
embed 1.05 and 1.02 ms; story 3.61 and 3.59 ms (a plain MDX story: 3.21 ms);
summary files 0.43 ms each before, now 0.2 s for all 3,000 after the pages.

Nothing waits: in every phase of these builds the CPU seconds (not shown)
meet or pass the wall seconds. While Pagefind indexes, Astro's own thread is
idle, waiting on Pagefind's process, which uses both cores; Workbox's
minifier does too.

So on a quiet machine the widget build went from about 2.4× the plain MDX
build to about 1.95×, 8 s (20 %) faster, and 1,000 → 2,000 stories takes
2.00× the time. The bench run above reads 1.77× (2.20× in CPU seconds) and
2.35× from 1,000 to 2,000 stories, for the reasons above.

## What is left over the goal

The goal, 1.6× the plain MDX build, allows about 10 s more than its 17 s.
The widget build takes about 15 s more (32.7 s against 17.5 s in one pair):
page generation +9.6 s (dilemma pages 6.2 s, embed pages 3.1 s, the widgets
in the stories themselves 0.4 s), Pagefind +4.2 s, Vite bundling +0.5 s,
startup and content sync +0.5 s, sitemap and summary files +0.4 s.

Nearly all of it is pages a plain library does not have: 6 more per story,
each through Astro's page pipeline (about 0.7 ms of its own work a page
before anything of ours renders, measured on the summary files), and
Pagefind indexing 3 more searchable pages per story. Pagefind's time grows
with pages and words, not bytes, and faster than the library: 7.4 s to 18.9 s
(2.6×) from 1,000 to 2,000 stories, where the rest of the build doubles. It
is what keeps 1,000 → 2,000 stories near its goal (2.00× against 2.05×).

- The dilemma pages are the product: each decision's discussion guide, share
  panel, QR code and the present view for a room; search results must keep
  them. No component on them stands out.
- The embed pages are what other sites put in their frames. Without them
  this build would take about 29.6 s, 1.75× the plain build: still over the
  goal. Rendering them more cheaply would mean leaving Astro's pipeline for
  hand-made HTML (its CSP hashes, asset names and layout copied by hand), or
  one embed page that reads the decision from its address, which breaks every
  embed code already handed out and shows nothing without JavaScript. Neither
  is worth 3 s.
- What remains besides (Vite bundling, content sync) grows with the content:
  stories with three decisions in their frontmatter are twice the data of
  plain ones (a 12.7 MB content store against 6 MB).`;
