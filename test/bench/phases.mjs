import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';

/*
 * Runs one `astro build` and splits it into phases by the lines it logs, each
 * timed as it arrives: wall seconds per phase and, on Linux, CPU seconds of
 * the build and its child processes (Pagefind's indexer is one), so a phase
 * that waits shows as such. It also adds up Astro's own per-page times by
 * kind of route.
 */

/**
 * Phases in the order a build logs them, each ended by the first line
 * matching; a phase whose line never comes is counted into the next.
 */
const PHASES = [
  ['startup and content sync', /\[build\] ✓ Completed in/],
  ['Vite bundling', /generating static routes/],
  ['page generation', /✓ Completed in [\d.]+m?s\.$/],
  ['sitemap', /sitemap-index\.xml` created/],
  ['decision summaries', /decision summaries written/],
  ['Pagefind', /indexed \d+ pages in/],
  ['offline (Workbox)', /offline: \d+ files precached/],
];

/** Linux reports process times in clock ticks of 1/100 s. */
const CLOCK_TICKS = 100;

/** CPU seconds used so far by a process and all its descendants (Linux /proc; 0 elsewhere). */
function treeCpu(root) {
  try {
    const procs = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // state ppid ... utime(14) stime(15) cutime(16) cstime(17), counted from field 3.
        procs.set(Number(name), {
          ppid: Number(fields[1]),
          cpu: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]),
        });
      } catch {
        // The process ended while being read.
      }
    }
    let total = 0;
    const stack = [root];
    while (stack.length) {
      const pid = stack.pop();
      total += procs.get(pid)?.cpu ?? 0;
      for (const [child, p] of procs) if (p.ppid === pid) stack.push(child);
    }
    return total / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

export function routeKind(path) {
  if (path.endsWith('/summary.json')) return 'summary.json';
  if (/^\/dilemmas\/[^/]+\//.test(path)) return 'dilemma';
  if (path.startsWith('/embed/')) return 'embed';
  if (/^\/stories\/[^/]+\//.test(path)) return 'story';
  return 'other';
}

/**
 * Builds with `astro build` (run by this Node, with `nodeArgs` such as
 * --cpu-prof if given) and resolves to { seconds, log, phases: [{ name, wall, cpu }],
 * routes: { kind: { pages, ms } } }. Rejects if the build fails.
 */
export function timedBuild(astro, { cwd, env, nodeArgs = [] }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, astro, 'build'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    const marks = [];
    let phase = 0;
    let cpu = 0;
    let last = { at: started, cpu: 0 };
    const poll = setInterval(() => (cpu = Math.max(cpu, treeCpu(child.pid))), 100);
    const onLine = (line) => {
      lines.push(line);
      const at = performance.now();
      const ends = PHASES.findIndex(([, marker], i) => i >= phase && marker.test(line));
      if (ends === -1) return;
      cpu = Math.max(cpu, treeCpu(child.pid));
      for (; phase < ends; phase++) marks.push({ name: PHASES[phase][0], wall: 0, cpu: 0 });
      marks.push({ name: PHASES[phase][0], wall: (at - last.at) / 1000, cpu: cpu - last.cpu });
      last = { at, cpu };
      phase++;
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.on('exit', (code) => {
      const cpuEnd = Math.max(cpu, treeCpu(child.pid));
      clearInterval(poll);
      const ended = performance.now();
      const log = lines.join('\n');
      if (code !== 0) return reject(new Error(`astro build failed:\n${log.slice(-4000)}`));
      for (; phase < PHASES.length; phase++) marks.push({ name: PHASES[phase][0], wall: 0, cpu: 0 });
      marks.push({ name: 'exit', wall: (ended - last.at) / 1000, cpu: cpuEnd - last.cpu });
      const phases = marks;
      const routes = {};
      for (const [, path, ms] of log.matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/g)) {
        const kind = routeKind(path);
        routes[kind] ??= { pages: 0, ms: 0 };
        routes[kind].pages++;
        routes[kind].ms += Number(ms);
      }
      resolve({ seconds: (ended - started) / 1000, cpu: cpuEnd, log, phases, routes });
    });
  });
}
