/**
 * A small valid story for the editorial checks' unit tests: every rule passes
 * on it, so a test changes one thing and expects exactly one problem.
 */
import type { CheckedChoice, CheckedStory } from './checks';

type Decision = CheckedStory['decisions'][number];

export const choice = (
  id: string,
  lenses: string[] = ['duties'],
  label = `Do ${id}`,
  consequence = 'It gains time and costs trust.',
): CheckedChoice => ({
  id,
  label,
  consequence,
  lenses,
});

export const decision = (
  id: string,
  choices: CheckedChoice[] = [choice('a'), choice('b')],
  actual: string | undefined = 'b',
  notes?: string,
): Decision => ({
  id,
  choices,
  actual,
  notes,
});

export function testStory(file: string, overrides: Partial<CheckedStory> = {}): CheckedStory {
  const people = overrides.cast?.people ?? [];
  const organisations = overrides.cast?.organisations ?? [];
  const body =
    overrides.body ??
    `Opening of ${file.replace(/\W/g, ' ')} here.\n\n<Decision id="x" />\n\n<Reveal after="x">\n\nWhat followed.\n\n</Reveal>\n\nIt closed.`;
  return {
    file,
    body,
    description: 'A situation, described without its ending.',
    country: 'DE',
    role: 'buyer',
    ending: 'unresolved',
    decisions: [],
    ...overrides,
    cast: { people, organisations },
    text: overrides.text ?? `${body}\n${people.join(' ')}\n${organisations.join(' ')}`,
  };
}
