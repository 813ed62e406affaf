import type { APIRoute, GetStaticPaths } from 'astro';
import { getTracks, type Track } from '../../../tracks/library';
import { scormZip } from '../../../components/learning-platform/package';
import { PACKAGES, packageSpec } from '../../../components/learning-platform/track-package';

/** A SCORM 1.2 package per track, in both privacy modes, written at build time. */
export const getStaticPaths = (async () =>
  (await getTracks()).flatMap((track) =>
    PACKAGES.map(({ file }) => ({ params: { track: track.entry.id, package: file }, props: { track } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ track: Track }> = ({ props, params, site }) => {
  const interactions = PACKAGES.find((p) => p.file === params.package)!.interactions;
  const zip = scormZip(packageSpec(props.track, site, interactions));
  return new Response(new Blob([zip]), { headers: { 'Content-Type': 'application/zip' } });
};
