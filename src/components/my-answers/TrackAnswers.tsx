import { useStore } from '../storage/use-store';
import { $decisions, EMPTY } from '../decision/store';
import AnswerList from './AnswerList';
import type { DecisionSummary } from './types';

/** A track's finish screen: the reader's answers to that track's decisions. */
export default function TrackAnswers({ decisions }: { decisions: DecisionSummary[] }) {
  const state = useStore($decisions, { ssr: () => EMPTY });
  return <AnswerList decisions={decisions} state={state} />;
}
