import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { axeViolations } from './support/axe';
import { publishedStories, readConcepts, readTracks } from './support/content';

/*
 * The concepts layer on the fixture library (test/fixtures/library/concepts):
 * a dilemma names its forces only after the reader commits, on every surface
 * that asks; the concept pages list where each force is at play; search, the
 * session builder, a track page and My answers find dilemmas by force.
 */
const harness = useHarness();
const stories = publishedStories();
const concepts = readConcepts();
const decisions = stories.flatMap((story) => story.decisions.map((decision) => ({ story, decision })));
const title = (id: string) => concepts.find((concept) => concept.id === id)!.title;
const { story, decision: first } = decisions.find(({ decision }) => decision.forces.length > 1)!;
const named = first.forces.map(title);

const forcesShown = (scope: Locator) => scope.locator('.forces a:visible').allTextContents();
const conceptLinksShown = (page: Page) => page.locator('main a[href*="/concepts/"]:visible').count();
const path = (href: string) => new URL(href).pathname;

async function commit(scope: Locator) {
  await scope.locator('[data-state]').waitFor();
  await scope.getByRole('radio').first().check();
  await scope.getByRole('button', { name: 'Commit to this choice' }).click();
  await scope.locator('.verdict').waitFor();
}

describe('the forces at play are named after the choice, never before', () => {
  it('on a story: no concept link or hint before the commit, then each force linked to its page, strongest first', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}stories/${story.id}/`);
    const widget = page.locator(`section.decision:has(h2#${first.id})`);
    await widget.locator('[data-state]').waitFor();
    await expect(conceptLinksShown(page)).resolves.toBe(0);
    await expect(page.locator('main').innerText()).resolves.not.toContain('pulling at you');

    await commit(widget);
    await expect(widget.locator('.forces p').textContent()).resolves.toBe('What may have been pulling at you');
    await expect(forcesShown(widget)).resolves.toEqual(named);
    // Only the committed decision says anything: the story's other decisions stay silent.
    await expect(conceptLinksShown(page)).resolves.toBe(named.length);

    await widget.locator('.forces a').first().click();
    await expect(page.locator('h1').textContent()).resolves.toBe(named[0]);
    await expect(page.locator(`.at-play a[href$="/dilemmas/${first.id}/"]`).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('on a dilemma page and its embed, the same', async () => {
    for (const address of [`dilemmas/${first.id}/`, `embed/${first.id}/`]) {
      const { page, errors } = await harness.chrome.open();
      await page.goto(`${harness.site.home}${address}`);
      const widget = page.locator('section.decision');
      await widget.locator('[data-state]').waitFor();
      // In the page, not the header's Concepts link.
      await expect(conceptLinksShown(page), address).resolves.toBe(0);
      await commit(widget);
      await expect(forcesShown(widget), address).resolves.toEqual(named);
      expect(errors).toEqual([]);
    }
  });

  it('in the present view, folded until the facilitator opens it once the room has chosen', async () => {
    const { page } = await harness.chrome.open({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${harness.site.home}dilemmas/${first.id}/#present`);
    const present = page.locator('#present');
    await present.locator('h2').waitFor();
    await expect(forcesShown(present)).resolves.toEqual([]);
    await present.getByText('Once the room has chosen').click();
    await expect(forcesShown(present)).resolves.toEqual(named);
  });

  it('in the room console, once the facilitator reveals the results', async () => {
    const { page } = await harness.chrome.open({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${harness.site.home}room/#dilemma:${first.id}`);
    const now = page.locator('.now');
    await now.locator('h2').waitFor();
    await expect(forcesShown(now)).resolves.toEqual([]);
    await now.getByRole('button', { name: 'Reveal results' }).click();
    await expect(forcesShown(now)).resolves.toEqual(named);
  });
});

describe('finding dilemmas by force', () => {
  const force = concepts.find((concept) => decisions.filter(({ decision }) => decision.forces.includes(concept.id)).length >= 3)!;
  const withForce = decisions.filter(({ decision }) => decision.forces.includes(force.id));

  it('the concepts index links every concept, and a concept page its dilemmas and the tracks that use them', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}concepts/`);
    const linked = await page.locator('.concepts h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(linked.map(path).sort()).toEqual(concepts.map((c) => `/concepts/${c.id}/`).sort());

    await page.locator('.concepts h2 a', { hasText: force.title }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(force.title);
    for (const section of ['What it is', 'How it shows up in selling', 'What helps', 'The research behind it', 'Where it is at play']) {
      await expect(page.getByRole('heading', { name: section, exact: true }).count(), section).resolves.toBe(1);
    }
    const dilemmas = await page.locator('.at-play h2 + ul a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(dilemmas.map(path).sort()).toEqual(withForce.map(({ decision }) => `/dilemmas/${decision.id}/`).sort());
    const tracks = readTracks().filter((track) => track.decisions.some((id) => withForce.some(({ decision }) => decision.id === id)));
    const trackLinks = await page.locator('.at-play h3 + ul a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(trackLinks.map(path).sort()).toEqual(tracks.map((t) => `/tracks/${t.id}/`).sort());
    expect(errors).toEqual([]);
  });

  it('search filters by force, from the address and from the filter pane', async () => {
    const { page } = await harness.chrome.open();
    const expected = new Set([
      ...withForce.map(({ decision }) => `/dilemmas/${decision.id}/`),
      ...withForce.map(({ story: s }) => `/stories/${s.id}/`),
    ]);
    await page.goto(`${harness.site.home}search/?q=client&force=${encodeURIComponent(force.title)}`);
    await page.locator('pagefind-results .pf-result a').first().waitFor();
    await expect
      .poll(async () => {
        const hrefs = await page
          .locator('pagefind-results .pf-result-title a, pagefind-results a.pf-result-link')
          .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        return hrefs.length > 0 && hrefs.every((href) => expected.has(href));
      })
      .toBe(true);

    await page.goto(`${harness.site.home}search/?q=client`);
    await page.locator('pagefind-results .pf-result a').first().waitFor();
    await page.locator('pagefind-filter-pane summary', { hasText: /force/i }).click();
    await page.getByRole('checkbox', { name: new RegExp(`^${force.title}`) }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('force')).toEqual([force.title]);
  });

  it('the session builder filters by force, and opens filtered from a concept page', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}concepts/${force.id}/`);
    await page.getByRole('link', { name: /^Build a session on/ }).click();
    const shown = () =>
      page.locator('li[data-dilemma]:visible').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.dilemma));
    await expect.poll(shown).toEqual(expect.arrayContaining(withForce.map(({ decision }) => decision.id)));
    await expect.poll(async () => (await shown()).length).toBe(withForce.length);
    await expect(page.locator('select[name="force"]').inputValue()).resolves.toBe(force.id);
    await page.locator('select[name="force"]').selectOption('');
    await expect.poll(async () => (await shown()).length).toBe(decisions.length);
  });

  it('a track page lists the forces its dilemmas cover, folded, with counts', async () => {
    const track = readTracks()[0]!;
    const covered = new Map<string, number>();
    for (const id of track.decisions) {
      for (const f of decisions.find(({ decision }) => decision.id === id)!.decision.forces) covered.set(f, (covered.get(f) ?? 0) + 1);
    }
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}tracks/${track.id}/`);
    const details = page.locator('details.forces-covered');
    await expect(details.locator('a:visible').count()).resolves.toBe(0);
    await details.locator('summary').click();
    const items = await details.locator('li').allTextContents();
    expect(items.sort()).toEqual(
      [...covered].map(([id, count]) => `${title(id)} · ${count} ${count === 1 ? 'dilemma' : 'dilemmas'}`).sort(),
    );
  });

  it('My answers lists the forces met in the dilemmas answered, with counts and no score', async () => {
    const answered = decisions.slice(0, 3);
    const counts = new Map<string, number>();
    for (const { decision } of answered) for (const f of decision.forces) counts.set(f, (counts.get(f) ?? 0) + 1);
    const { page } = await harness.chrome.open();
    await page.goto(harness.site.home);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [
        'judgment-calls:decisions',
        JSON.stringify({
          version: 2,
          answers: Object.fromEntries(
            answered.map(({ decision }, i) => [decision.id, { choice: decision.choices[0]!.id, at: Date.UTC(2026, 10, 1 + i) }]),
          ),
          tally: {},
          history: [],
          notes: {},
        }),
      ],
    );
    await page.goto(`${harness.site.home}my-answers/`);
    const list = page.locator('.forces-met li');
    await list.first().waitFor();
    const items = await list.allTextContents();
    expect(items.sort()).toEqual([...counts].map(([id, n]) => `${title(id)}: ${n} ${n === 1 ? 'dilemma' : 'dilemmas'}`).sort());
    await expect(page.locator('.forces-met').innerText()).resolves.not.toMatch(/score|%|resist/i);
  });
});

describe('the concept pages are accessible', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations on the index, a concept page and a committed decision's forces (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme });
      for (const address of ['concepts/', `concepts/${first.forces[0]}/`]) {
        await page.goto(`${harness.site.home}${address}`);
        expect(await axeViolations(page), address).toEqual([]);
      }
      await page.goto(`${harness.site.home}dilemmas/${first.id}/`);
      await commit(page.locator('section.decision'));
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
