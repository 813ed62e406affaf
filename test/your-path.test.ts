import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { axeViolations } from './support/axe';
import { publishedStories, readConcepts } from './support/content';
import { TEST_SITE } from './support/sites';

/*
 * The end of a story and the answer box on a phone: "Your path" once every
 * decision is answered, a post-commit box that leaves the story quickly, the
 * workshop controls folded and remembered, a link that carries the reader's
 * choices to a colleague, and a printout that shows them.
 */
const harness = useHarness();
const story = publishedStories().find((s) => s.raw.route)!;
const raw = story.raw as { route: string; reflection: string };
type Choice = (typeof story.decisions)[number]['choices'][number] & { consequence: string };
const decisions = story.decisions as ((typeof story.decisions)[number] & { discussion?: string[]; legal?: string; choices: Choice[] })[];
const titles = new Map(readConcepts().map((c) => [c.id, c.title]));

const box = (page: Page, id: string) => page.locator(`section.decision:has(h2#${id})`);
const card = (page: Page) => page.locator('.your-path');

async function answer(page: Page, id: string, label: string) {
  const widget = box(page, id);
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-state]').waitFor();
  await widget.getByRole('radio', { name: label, exact: true }).check();
  await widget.getByRole('button', { name: 'Commit to this choice' }).click();
  await widget.locator('.verdict').waitFor();
}

/** Answers every decision, the first choice of each unless told; returns the labels picked. */
async function answerAll(page: Page, pick = (_: number) => 0, from = 0) {
  const picked: string[] = [];
  for (const [i, d] of decisions.entries()) {
    const label = d.choices[pick(i)]!.label;
    if (i >= from) await answer(page, d.id, label);
    picked.push(label);
  }
  return picked;
}

describe('your path at the end of a story', () => {
  it('shows nothing of the path until every decision is answered, then choices, narrator, forces, route, questions, law and a note', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}stories/${story.id}/`);
    await expect(card(page).locator('.your-path-wait').textContent()).resolves.toContain(`all ${decisions.length}`);
    await answer(page, decisions[0]!.id, decisions[0]!.choices[0]!.label);
    await card(page).scrollIntoViewIfNeeded();
    await expect.poll(() => card(page).locator('.your-path-wait').textContent()).toContain('1 answered so far');
    await expect(card(page).innerText()).resolves.not.toContain(raw.route.slice(0, 40));

    const picked = await answerAll(page, () => 0, 1);
    const steps = card(page).locator('.path-steps > li');
    await expect(steps.count()).resolves.toBe(decisions.length);
    for (const [i, d] of decisions.entries()) {
      const step = steps.nth(i);
      await expect(step.locator('.path-question').textContent()).resolves.toBe(d.question);
      await expect(step.innerText()).resolves.toContain(`You: ${picked[i]}`);
      const narrator = d.choices.find((c) => c.id === d.actual)!;
      await expect(step.innerText()).resolves.toContain(`The narrator: ${narrator.label}`);
      await expect(step.locator('.path-forces a').allTextContents()).resolves.toEqual(d.forces.map((f) => titles.get(f)));
    }
    const same = decisions.filter((d) => d.actual === d.choices[0]!.id).length;
    await expect(card(page).locator('.path-sum').textContent()).resolves.toBe(
      `You chose as the narrator did in ${same} of ${decisions.length} decisions.`,
    );
    await expect(card(page).locator('.path-route').textContent()).resolves.toBe(raw.route);
    const questions = decisions.flatMap((d) => (d.discussion ?? []).slice(0, 1)).slice(0, 2);
    await expect(card(page).locator('.path-questions li').allTextContents()).resolves.toEqual(questions);
    await card(page).locator('.path-legal summary').click();
    await expect(card(page).locator('.path-legal').innerText()).resolves.toContain(decisions.find((d) => d.legal)!.legal!.slice(0, 40));

    // The closing question, answered and kept.
    await card(page).getByLabel(raw.reflection).fill('I would raise it on the Monday call.');
    await card(page).getByRole('button', { name: 'Save note' }).click();
    await page.reload();
    await expect(card(page).getByLabel(raw.reflection).inputValue()).resolves.toBe('I would raise it on the Monday call.');
    expect(errors).toEqual([]);
  });

  it('counts the decisions on a story: “Decision 2 of N”', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}stories/${story.id}/`);
    await expect(box(page, decisions[1]!.id).locator('.eyebrow').textContent()).resolves.toMatch(
      new RegExp(`What would you do\\?\\s*· Decision 2 of ${decisions.length}`),
    );
  });

  it('shares the reader’s choices in a link: the colleague answers first, then sees them', async () => {
    const { page, context } = await harness.chrome.open();
    await page.goto(`${harness.site.home}stories/${story.id}/`);
    const picked = await answerAll(page, (i) => (i === 0 ? 1 : 0));
    const share = page.locator('[data-share-path]');
    await expect(share.isVisible()).resolves.toBe(true);
    const link = (await share.locator('[data-copy]').getAttribute('data-copy'))!;
    // The served address, not the build's: whoever opens it reaches this site.
    expect(link.startsWith(`${harness.site.origin}/stories/${story.id}/?choices=`)).toBe(true);
    await context.close();

    const colleague = await harness.chrome.open();
    await colleague.page.goto(link);
    const first = box(colleague.page, decisions[0]!.id);
    await first.locator('[data-state]').waitFor();
    await expect(first.locator('.colleague').textContent()).resolves.toContain('Commit to yours to see it');
    await expect(first.innerText()).resolves.not.toContain(`chose: ${picked[0]}`);
    await answer(colleague.page, decisions[0]!.id, decisions[0]!.choices[0]!.label);
    await expect(first.locator('.colleague').textContent()).resolves.toBe(`The colleague who sent this link chose: ${picked[0]}.`);
  });

  it('prints the reader’s choices in place of empty boxes, and the page’s address', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}stories/${story.id}/`);
    await answer(page, decisions[0]!.id, decisions[0]!.choices[1]!.label);
    await page.emulateMedia({ media: 'print' });
    const answered = box(page, decisions[0]!.id);
    await expect(answered.locator('.verdict').isVisible()).resolves.toBe(true);
    await expect(answered.locator('.verdict').textContent()).resolves.toBe(`You chose: ${decisions[0]!.choices[1]!.label}`);
    await expect(answered.locator('.print-choices').isVisible()).resolves.toBe(false);
    await expect(answered.locator('.consequence').isVisible()).resolves.toBe(false);
    const open = box(page, decisions[1]!.id);
    await expect(open.locator('.print-choices').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-address').textContent()).resolves.toBe(`${TEST_SITE}/stories/${story.id}/`);
    await expect(page.locator('.print-address').isVisible()).resolves.toBe(true);
  });
});

describe('the answer box on a phone', () => {
  it('adds at most 350 px after a commit at 390 px, and keeps the workshop controls folded, remembered', async () => {
    const { page } = await harness.chrome.open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${harness.site.home}stories/${story.id}/`);
    const widget = box(page, decisions[0]!.id);
    await widget.scrollIntoViewIfNeeded();
    await widget.locator('[data-state]').waitFor();
    const before = (await widget.boundingBox())!.height;
    // The longest consequence is the worst case.
    const longest = [...decisions[0]!.choices].sort((a, b) => b.consequence.length - a.consequence.length)[0]!;
    await answer(page, decisions[0]!.id, longest.label);
    const after = (await widget.boundingBox())!.height;
    console.log(`post-commit box at 390 px: ${Math.round(before)} → ${Math.round(after)} px (+${Math.round(after - before)})`);
    expect(after - before).toBeLessThanOrEqual(350);
    await expect(widget.locator('.tally').count()).resolves.toBe(0);

    const workshop = widget.locator('details.workshop');
    await expect(workshop.getAttribute('open')).resolves.toBeNull();
    await workshop.locator('summary').click();
    await expect(widget.getByRole('button', { name: 'Someone else answers' }).isVisible()).resolves.toBe(true);
    await page.reload();
    await box(page, decisions[1]!.id).scrollIntoViewIfNeeded();
    await answer(page, decisions[1]!.id, decisions[1]!.choices[0]!.label);
    await expect(box(page, decisions[1]!.id).locator('details.workshop').getAttribute('open')).resolves.not.toBeNull();
  });
});

describe('the end of a story is accessible', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations on a story with its path shown (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme });
      await page.goto(`${harness.site.home}stories/${story.id}/`);
      await answerAll(page);
      await card(page).locator('.path-legal summary').click();
      await box(page, decisions[0]!.id).locator('details.workshop summary').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
