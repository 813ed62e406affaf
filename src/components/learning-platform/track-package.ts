import type { Track } from '../../tracks/library';
import { absoluteUrl } from '../../utils/url';
import type { PackageSpec } from './manifest';

/** The two downloads of a track: completion and time only (the default), or with each answer. */
export const PACKAGES = [
  { file: 'scorm', interactions: false },
  { file: 'scorm-with-answers', interactions: true },
] as const;

export const packagePath = (track: string, interactions: boolean) =>
  `/tracks/${track}/${PACKAGES.find((p) => p.interactions === interactions)!.file}.zip`;

export function packageSpec({ entry, steps }: Track, site: URL | undefined, interactions: boolean): PackageSpec {
  return {
    id: entry.id,
    title: entry.data.title,
    site: absoluteUrl('/', site),
    dilemmas: steps.map(({ decision }) => ({ id: decision.id, question: decision.question })),
    interactions,
  };
}
