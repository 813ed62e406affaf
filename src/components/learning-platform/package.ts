import { strToU8, zipSync } from 'fflate';
import launchScript from './launch.js?raw';
import launchStyles from './launch.css?raw';
import { manifest, type PackageSpec } from './manifest';

export type { PackageSpec } from './manifest';

const html = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The launch page: what it shows comes from the JSON it carries, read by launch.js. */
function launchPage(spec: PackageSpec): string {
  const config = JSON.stringify({ site: spec.site, dilemmas: spec.dilemmas, interactions: spec.interactions }).replace(/</g, '\\u003c');
  const host = new URL(spec.site).host;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(spec.title)}</title>
<link rel="stylesheet" href="launch.css">
</head>
<body>
<main>
<h1>${html(spec.title)}</h1>
<p id="reporting" class="reporting" role="status">Starting…</p>
<p id="progress" aria-live="polite"></p>
<ol id="dilemmas" aria-label="Dilemmas"></ol>
<nav aria-label="Dilemmas in order">
<button type="button" id="previous">← Previous</button>
<span id="position"></span>
<button type="button" id="next">Next →</button>
</nav>
<div id="unreachable" class="problem" role="alert" hidden>
<p><strong>The dilemmas could not be loaded.</strong> This course shows them from ${html(host)} (Judgment Calls). Your browser must be able to reach <a href="${html(spec.site)}">${html(spec.site)}</a>: on a company network, ask your training team to allow that address.</p>
</div>
<iframe id="dilemma" title="Dilemma"></iframe>
<p id="done" hidden><strong>You have answered every dilemma.</strong> You can change an answer in its dilemma, or close this course.</p>
</main>
<script type="application/json" id="package">${config}</script>
<script src="launch.js"></script>
<noscript><p>This course needs JavaScript.</p></noscript>
</body>
</html>
`;
}

/** Every file of the package, by its path in the zip. */
export function packageFiles(spec: PackageSpec): Record<string, string> {
  return {
    'imsmanifest.xml': manifest(spec),
    'index.html': launchPage(spec),
    'launch.js': launchScript,
    'launch.css': launchStyles,
  };
}

/** The package as a zip, ready to upload to a learning platform. */
export function scormZip(spec: PackageSpec): Uint8Array<ArrayBuffer> {
  const files = packageFiles(spec);
  // fflate allocates plain ArrayBuffers, which Blob and Response take.
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])), {
    level: 9,
  }) as Uint8Array<ArrayBuffer>;
}
