/** What a package says about itself: the platform shows the title and lists the dilemmas. */
export interface PackageSpec {
  /** The track's or session's id, for the package's identifier. */
  id: string;
  title: string;
  /** The site's address, ending in "/": the launch page frames its embeds from there. */
  site: string;
  dilemmas: { id: string; question: string }[];
  /** Report each answer as an anonymous cmi.interactions entry (dilemma id and choice id). Off unless the coach opts in. */
  interactions: boolean;
}

/** The files a package carries besides the manifest, each named in it. */
export const PACKAGE_FILES = ['index.html', 'launch.js', 'launch.css'] as const;

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A SCORM 1.2 identifier: letters, digits and a few marks, no spaces. */
const identifier = (text: string) => text.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 200);

/**
 * imsmanifest.xml for SCORM 1.2 (the ADL content aggregation model): one
 * organisation with one item, one SCO whose launch page is index.html.
 * Platforms show titles only, so the item's title carries the number of
 * dilemmas, and the launch page lists them.
 */
export function manifest(spec: PackageSpec): string {
  const id = identifier(`judgment-calls-${spec.id}${spec.interactions ? '-with-answers' : ''}`);
  const files = PACKAGE_FILES.map((file) => `      <file href="${file}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xml(spec.title)}</title>
      <item identifier="item" identifierref="sco">
        <title>${xml(`${spec.title}: ${spec.dilemmas.length} dilemmas`)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files}
    </resource>
  </resources>
</manifest>
`;
}
