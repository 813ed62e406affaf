import { LAST_REVIEW, reviewedOn } from '../../editorial/review';
import { CONTENT_LICENCE } from '../../editorial/licence';
import { NOT_LEGAL_ADVICE } from '../../editorial/not-legal-advice';

/**
 * The end of a pack's cover, for whoever signs the training off: when the
 * library was last reviewed and what that covered, the licence, the
 * attribution to print and where the terms are. Addresses are written out,
 * since paper has no links.
 */
export default function PackColophon({ home, attribution }: { home: string; attribution: string }) {
  return (
    <section class="pack-colophon" aria-labelledby="pack-colophon-heading">
      <h2 id="pack-colophon-heading">Review, licence and terms</h2>
      <p>
        Last reviewed {reviewedOn} by {LAST_REVIEW.by}. {LAST_REVIEW.covered.join('. ')}. {LAST_REVIEW.limits}
      </p>
      <p>
        The stories, dilemmas and tracks are published under the {CONTENT_LICENCE.title} licence ({CONTENT_LICENCE.name}): you may use,
        print and adapt them in internal and commercial training. Print this attribution with them, and say what you changed: {attribution}
      </p>
      <p>
        The people and companies in the stories are invented. {NOT_LEGAL_ADVICE} The material comes with no warranty. Terms for training
        use: {home}about/#terms
      </p>
    </section>
  );
}
