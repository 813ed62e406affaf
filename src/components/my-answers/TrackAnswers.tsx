import { $decisions, EMPTY, type DecisionsState } from '../decision/store';
import { Watching } from '../../lib/storage/watching';
import AnswerList from './AnswerList';
import type { DecisionSummary } from '../../stories/summary';

interface Props {
  decisions: DecisionSummary[];
}

/** A track's finish screen: the reader's answers to that track's decisions. */
export default class TrackAnswers extends Watching<Props, { state: DecisionsState }> {
  state = { state: EMPTY };

  componentDidMount() {
    this.watch('state', $decisions);
  }

  render({ decisions }: Props, { state }: { state: DecisionsState }) {
    return <AnswerList decisions={decisions} state={state} />;
  }
}
