import { LAST_REVIEW, reviewedOn } from '../../editorial/review';
import { CONTENT_LICENCE } from '../../editorial/licence';
import { NOT_LEGAL_ADVICE } from '../../editorial/not-legal-advice';

/**
 * The end of a pack's cover, for whoever signs the training off: when the
 * library was last reviewed and what that covered, the licence, the
 * attribution to print and the terms. Addresses are written out, since paper
 * has no links.
 */
export default function PackColophon({ home, attribution }: { home: string; attribution: string }) {
  return (
    <section class="pack-colophon" aria-labelledby="pack-colophon-heading">
      <h2 id="pack-colophon-heading">Review, licence and terms</h2>
      <dl>
        <dt>Last reviewed</dt>
        <dd>
          {reviewedOn}, by {LAST_REVIEW.by}. {LAST_REVIEW.covered.join('. ')}. {LAST_REVIEW.limits}
        </dd>
        <dt>Licence</dt>
        <dd>
          {CONTENT_LICENCE.title} ({CONTENT_LICENCE.name}): you may use, print and adapt the stories, dilemmas and tracks in internal and
          commercial training.
        </dd>
        <dt>Attribution to print</dt>
        <dd>{attribution} Say what you changed, if anything.</dd>
        <dt>Terms for training use</dt>
        <dd>
          The people and companies in the stories are invented. {NOT_LEGAL_ADVICE} The material comes with no warranty. In full: {home}
          about/#terms
        </dd>
      </dl>
    </section>
  );
}
