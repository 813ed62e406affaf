import { LENSES } from '../../stories/lenses';
import { own } from '../../lib/storage/guards';
import type { DilemmaFile } from '../../stories/summary';
import type { PackDilemma } from './types';

/**
 * A decision as a pack prints it, from summary.json's shape: a track's pack
 * builds it at build time and a session's pack in the browser, from the same
 * fields, so the two cannot print differently.
 */
export function packDilemma(file: DilemmaFile, url: string): PackDilemma {
  const actual = file.choices.findIndex((choice) => choice.id === file.actual);
  return {
    id: file.id,
    question: file.question,
    setup: file.setup,
    storyTitle: file.storyTitle,
    url,
    choices: file.choices.map(({ label, lenses, consequence }) => ({
      label,
      lenses: lenses.map((lens) => own<{ label: string }>(LENSES, lens)?.label ?? lens),
      consequence,
    })),
    ...(actual >= 0 ? { actual } : {}),
    discussion: file.discussion,
    notes: file.notes,
    forces: file.forces.map((force) => force.title),
    legal: file.legal,
    sources: file.sources,
  };
}
