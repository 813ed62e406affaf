import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { FrameLocator, Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { serve, type Served } from './support/serve';
import { SITES, TEST_SITE } from './support/sites';
import { publishedStories, readTracks } from './support/content';
import { axeViolations } from './support/axe';
import { sessionHash } from '../src/components/sessions/session-link';

/*
 * The SCORM 1.2 packages, hosted as a learning platform hosts them: a host page
 * on its own origin sets scorm-again's Scorm12API as window.API and frames the
 * package's launch page, which frames the site's embeds from the site's origin.
 */
const harness = useHarness();
const decisions = new Map(publishedStories().flatMap((s) => s.decisions.map((d) => [d.id, d] as const)));
const tracks = readTracks();
const TRACK = tracks.reduce((a, b) => (a.decisions.length <= b.decisions.length ? a : b));
const zipOf = (track: string, file: string) => unzipSync(readFileSync(join(SITES.root.dir, 'tracks', track, `${file}.zip`)));

let dir = '';
let platform: Served;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'judgment-calls-lms-'));
  writeFileSync(join(dir, '404.html'), 'not found');
  copyFileSync(join('node_modules', 'scorm-again', 'dist', 'scorm12.min.js'), join(dir, 'scorm12.min.js'));
  writeFileSync(join(dir, 'host.html'), '<!doctype html><title>Platform</title><script src="scorm12.min.js"></script><body></body>');
  // live: packages are unzipped after the server starts.
  platform = await serve(dir, '/', { live: true });
});
afterAll(async () => {
  await platform?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Unzips a package where the platform serves it, pointed at the test site instead of the build's address. */
function install(files: Record<string, Uint8Array>, name: string, site: string, waitSeconds?: number) {
  mkdirSync(join(dir, name), { recursive: true });
  for (const [path, bytes] of Object.entries(files)) {
    let text = strFromU8(bytes);
    if (path === 'index.html') {
      text = text.replaceAll(`${TEST_SITE}/`, site);
      if (waitSeconds) text = text.replace('"interactions":', `"waitSeconds":${waitSeconds},"interactions":`);
    }
    writeFileSync(join(dir, name, path), text);
  }
  // Another origin than the site's: localhost, not 127.0.0.1.
  return `${platform.home.replace('127.0.0.1', 'localhost')}`;
}

/** The part of scorm-again's Scorm12API the platform's page uses. */
interface Runtime {
  cmi: { suspend_data: string; core: { entry: string; lesson_status: string } };
  on(event: string, listener: (element: string, value: string) => void): void;
}

interface Recorded {
  set: [string, string][];
  commits: number;
  finished: boolean;
  initialized: boolean;
}

/** The platform: a fresh runtime (with what an earlier attempt stored), and the package's launch page in a frame. */
async function launch(page: Page, origin: string, name: string, stored?: { suspend: string }) {
  await page.goto(`${origin}host.html`);
  await page.evaluate(
    ({ name, stored }) => {
      const w = window as unknown as { API: Runtime; recorded: Recorded; Scorm12API: new (settings: object) => Runtime };
      w.API = new w.Scorm12API({ autocommit: false, logLevel: 5 });
      if (stored) {
        w.API.cmi.suspend_data = stored.suspend;
        w.API.cmi.core.entry = 'resume';
        w.API.cmi.core.lesson_status = 'incomplete';
      }
      w.recorded = { set: [], commits: 0, finished: false, initialized: false };
      w.API.on('LMSInitialize', () => (w.recorded.initialized = true));
      w.API.on('LMSSetValue.cmi.*', (element: string, value: string) => w.recorded.set.push([element, value]));
      w.API.on('LMSCommit', () => w.recorded.commits++);
      w.API.on('LMSFinish', () => (w.recorded.finished = true));
      const frame = document.createElement('iframe');
      frame.id = 'package';
      frame.title = 'Course';
      frame.style.cssText = 'width:100%;height:900px;border:0';
      frame.src = `${name}/index.html`;
      document.body.append(frame);
    },
    { name, stored },
  );
  return page.frameLocator('#package');
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { recorded: Recorded }).recorded);
const statusesSet = async (page: Page) => (await recorded(page)).set.filter(([k]) => k === 'cmi.core.lesson_status').map(([, v]) => v);

async function answer(course: FrameLocator | Page, id: string, pick: number) {
  const decision = decisions.get(id)!;
  const embed = course.frameLocator('#dilemma');
  await embed.getByRole('radio', { name: decision.choices[pick]!.label, exact: true }).check();
  await embed.getByRole('button', { name: 'Commit to this choice' }).click();
  await embed.locator('.verdict').waitFor();
  return decision.choices[pick]!.id;
}

/** The learner closes the course: the platform removes the frame, and the package reports and finishes. */
async function close(page: Page) {
  await page.evaluate(() => document.getElementById('package')!.remove());
  await expect.poll(async () => (await recorded(page)).finished).toBe(true);
}

describe('a track as a SCORM 1.2 package', () => {
  it('has a well-formed manifest naming files that exist, for every track in both modes', () => {
    const xmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;
    if (!xmllint && process.env.REQUIRE_ENGINES) throw new Error('xmllint is required here (Debian: libxml2-utils)');
    for (const track of tracks) {
      for (const file of ['scorm', 'scorm-with-answers']) {
        const files = zipOf(track.id, file);
        const manifest = strFromU8(files['imsmanifest.xml']!);
        if (xmllint) {
          const lint = spawnSync('xmllint', ['--noout', '-'], { input: manifest, encoding: 'utf8' });
          expect(lint.status, `${track.id}/${file}: ${lint.stderr}`).toBe(0);
        }
        expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
        expect(manifest).toContain(`<title>${track.title}</title>`);
        const named = [...manifest.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
        expect(named.length).toBeGreaterThan(1);
        for (const href of named) expect(Object.keys(files), `${track.id}/${file} names ${href}`).toContain(href);
        const config = JSON.parse(
          /<script type="application\/json" id="package">(.*?)<\/script>/s.exec(strFromU8(files['index.html']!))![1]!,
        );
        expect(config.dilemmas.map((d: { id: string }) => d.id)).toEqual(track.decisions);
        expect(config.interactions).toBe(file === 'scorm-with-answers');
      }
    }
  });

  it('reports completion and time only by default, and resumes where the learner stopped', async () => {
    const origin = install(zipOf(TRACK.id, 'scorm'), 'plain', harness.site.home);
    const { page, errors } = await harness.chrome.open();
    let course = await launch(page, origin, 'plain');
    await expect(course.locator('#reporting').textContent()).resolves.toContain('only that you took part and for how long');
    await expect.poll(() => statusesSet(page)).toEqual(['incomplete']);

    // Half-way: the first dilemma answered, then the course closed.
    await answer(course, TRACK.decisions[0]!, 0);
    await expect(course.locator('#progress').textContent()).resolves.toBe(`1 of ${TRACK.decisions.length} answered`);
    await course.getByRole('button', { name: 'Next →' }).click();
    await close(page);
    const first = await recorded(page);
    const suspend = [...first.set].reverse().find(([k]) => k === 'cmi.suspend_data')![1];
    expect(JSON.parse(suspend)).toEqual({ answered: [TRACK.decisions[0]], at: 1 });
    expect(first.set.find(([k]) => k === 'cmi.core.exit')?.[1]).toBe('suspend');
    expect(first.set.find(([k]) => k === 'cmi.core.session_time')?.[1]).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);

    // Back again: it opens at the second dilemma, and answering the rest completes it.
    course = await launch(page, origin, 'plain', { suspend });
    await expect(course.locator('#position').textContent()).resolves.toBe(`Dilemma 2 of ${TRACK.decisions.length}`);
    await expect(course.locator('#progress').textContent()).resolves.toBe(`1 of ${TRACK.decisions.length} answered`);
    for (const [i, id] of TRACK.decisions.entries()) {
      if (i === 0) continue;
      await answer(course, id, 1);
      if (i < TRACK.decisions.length - 1) await course.getByRole('button', { name: 'Next →' }).click();
    }
    await expect.poll(() => statusesSet(page)).toContain('completed');
    await expect(course.locator('#done').isVisible()).resolves.toBe(true);
    await close(page);
    const second = await recorded(page);
    expect(
      second.set.filter(([k]) => k.startsWith('cmi.interactions')),
      'no answer leaves without the opt-in',
    ).toEqual([]);
    expect(second.set.some(([k]) => k === 'cmi.core.session_time')).toBe(true);
    expect(second.commits).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('with the opt-in, reports one interaction per dilemma: its id and the choice id, nothing else', async () => {
    const origin = install(zipOf(TRACK.id, 'scorm-with-answers'), 'answers', harness.site.home);
    const { page, errors } = await harness.chrome.open();
    const course = await launch(page, origin, 'answers');
    await expect(course.locator('#reporting').textContent()).resolves.toContain('which option you chose');
    const chosen: [string, string][] = [];
    for (const [i, id] of TRACK.decisions.entries()) {
      chosen.push([id, await answer(course, id, i % 2)]);
      if (i < TRACK.decisions.length - 1) await course.getByRole('button', { name: 'Next →' }).click();
    }
    await expect.poll(() => statusesSet(page)).toEqual(['incomplete', 'completed']);
    await close(page);
    const { set } = await recorded(page);
    const interactions = set.filter(([k]) => k.startsWith('cmi.interactions.'));
    expect(interactions).toEqual(
      chosen.flatMap(([id, choice], n) => [
        [`cmi.interactions.${n}.id`, id],
        [`cmi.interactions.${n}.type`, 'choice'],
        [`cmi.interactions.${n}.student_response`, choice],
      ]),
    );
    expect(errors).toEqual([]);
  });

  it('works with no platform and says so, and says what it needs when the site cannot be reached', async () => {
    const origin = install(zipOf(TRACK.id, 'scorm'), 'alone', harness.site.home);
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${origin}alone/index.html`);
    await expect(page.locator('#reporting').textContent()).resolves.toContain('Not connected to a learning platform: nothing is reported');
    await answer(page, TRACK.decisions[0]!, 0);
    await expect(page.locator('#progress').textContent()).resolves.toBe(`1 of ${TRACK.decisions.length} answered`);
    expect(await axeViolations(page)).toEqual([]);

    install(zipOf(TRACK.id, 'scorm'), 'unreachable', 'http://127.0.0.1:9/', 1);
    await page.goto(`${origin}unreachable/index.html`);
    await expect(page.locator('#unreachable[role=alert]').textContent()).resolves.toContain(
      'Your browser must be able to reach http://127.0.0.1:9/',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors.filter((e) => !e.includes('127.0.0.1:9'))).toEqual([]);
  });

  it('offers both packages on the track page, with what each sends', async () => {
    const { page } = await harness.chrome.open();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${harness.site.home}tracks/${TRACK.id}/`);
      await page.getByText('Download for your learning platform (SCORM 1.2)').click();
      const links = page.locator('.platform-download a[download]');
      await expect(links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).resolves.toEqual([
        `/tracks/${TRACK.id}/scorm.zip`,
        `/tracks/${TRACK.id}/scorm-with-answers.zip`,
      ]);
      await expect(page.locator('.platform-download').textContent()).resolves.toContain('never what they chose');
      expect(await axeViolations(page), scheme).toEqual([]);
    }
  });
});

/** Makes a package where a coach does: on a session page or in the builder, in the browser. */
async function downloadFrom(page: Page, answers: boolean) {
  await page.getByText('Download for your learning platform (SCORM 1.2)').click();
  if (answers) await page.getByRole('radio', { name: /With each answer/ }).check();
  expect(await axeViolations(page)).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the package' }).click()]);
  await expect(page.locator('.platform-download [role=status]').textContent()).resolves.toMatch(/^Package saved: \d+ dilemmas/);
  const bytes = readFileSync((await download.path())!);
  return { name: download.suggestedFilename(), files: unzipSync(new Uint8Array(bytes)) };
}

describe('a coach’s session as a SCORM 1.2 package, made in the browser', () => {
  const ids = tracks.flatMap((t) => t.decisions).slice(0, 2);
  const hash = sessionHash({ title: 'Gifts, briefly', audience: 'Key account managers', ids });

  it('downloads from a shared session, frames the address it was made on, and reports each answer when asked to', async () => {
    const { page, errors } = await harness.chrome.open({ acceptDownloads: true });
    await page.goto(`${harness.site.home}sessions/#${hash}`);
    const { name, files } = await downloadFrom(page, true);
    expect(name).toBe('gifts-briefly-with-answers-scorm.zip');
    const manifest = strFromU8(files['imsmanifest.xml']!);
    if (spawnSync('sh', ['-c', 'command -v xmllint']).status === 0) {
      expect(spawnSync('xmllint', ['--noout', '-'], { input: manifest }).status).toBe(0);
    }
    for (const href of [...manifest.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)) expect(Object.keys(files)).toContain(href);
    expect(manifest).toContain('<title>Gifts, briefly</title>');

    // Hosted by the platform: it frames this site at the address it was made on, with no rewriting.
    const origin = install(files, 'session', harness.site.home);
    const course = await launch(page, origin, 'session');
    const chosen = [];
    for (const [i, id] of ids.entries()) {
      chosen.push(await answer(course, id, 0));
      if (i < ids.length - 1) await course.getByRole('button', { name: 'Next →' }).click();
    }
    await expect.poll(() => statusesSet(page)).toEqual(['incomplete', 'completed']);
    const { set } = await recorded(page);
    expect(set.filter(([k]) => k.endsWith('.student_response')).map(([, v]) => v)).toEqual(chosen);
    expect(errors).toEqual([]);
  });

  it('downloads from the session builder, completion and time only by default', async () => {
    const { page, errors } = await harness.chrome.open({ acceptDownloads: true });
    await page.goto(`${harness.site.home}sessions/new/#${hash}`);
    const { name, files } = await downloadFrom(page, false);
    expect(name).toBe('gifts-briefly-scorm.zip');
    const config = JSON.parse(/<script type="application\/json" id="package">(.*?)<\/script>/s.exec(strFromU8(files['index.html']!))![1]!);
    expect(config).toMatchObject({ site: harness.site.home, interactions: false });
    expect(config.dilemmas.map((d: { id: string; question: string }) => d.id)).toEqual(ids);
    expect(config.dilemmas.every((d: { question: string }) => d.question.length > 0)).toBe(true);
    expect(errors).toEqual([]);
  });
});
