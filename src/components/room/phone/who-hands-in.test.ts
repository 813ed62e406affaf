import { describe, expect, it } from 'vitest';
import { EMPTY, type DecisionsState, type HistoryEntry } from '../../decision/store';
import { whoHandsIn } from './who-hands-in';

const decisions = [
  { id: 'gift', choices: ['accept', 'decline'] },
  { id: 'rebate', choices: ['refuse', 'report'] },
];

/** A device's decisions state after these events, answers following them as the store would. */
function after(events: HistoryEntry[]): DecisionsState {
  const answers: DecisionsState['answers'] = {};
  for (const e of events) {
    if (e.choice === null) delete answers[e.decision];
    else answers[e.decision] = { choice: e.choice, at: e.at };
  }
  return { ...EMPTY, answers, history: events };
}

describe('who hands in on a phone', () => {
  it('is the first person, with every answer, and a later hand-in has a higher order', () => {
    const one = after([{ decision: 'gift', choice: 'accept', at: 10, event: 'answer' }]);
    const two = after([...one.history, { decision: 'rebate', choice: 'report', at: 20, event: 'answer' }]);
    expect(whoHandsIn(decisions, one, 5)).toEqual({ person: 0, order: 1, choices: { gift: 'accept', rebate: undefined } });
    expect(whoHandsIn(decisions, two, 5)).toEqual({ person: 0, order: 2, choices: { gift: 'accept', rebate: 'report' } });
  });

  it('starts a second person at "someone else answers", who hands in only their own answers', () => {
    const state = after([
      { decision: 'gift', choice: 'accept', at: 10, event: 'answer' },
      { decision: 'rebate', choice: 'refuse', at: 11, event: 'answer' },
      { decision: 'gift', choice: null, at: 20, event: 'handover' },
      { decision: 'gift', choice: 'decline', at: 21, event: 'answer' },
    ]);
    expect(whoHandsIn(decisions, state, 5)).toEqual({ person: 1, order: 1, choices: { gift: 'decline', rebate: undefined } });
  });

  it('counts no new person for a hand-over before the phone joined, or on a dilemma outside the room', () => {
    const state = after([
      { decision: 'gift', choice: null, at: 1, event: 'handover' },
      { decision: 'other', choice: null, at: 30, event: 'handover' },
      { decision: 'gift', choice: 'accept', at: 40, event: 'answer' },
    ]);
    expect(whoHandsIn(decisions, state, 5).person).toBe(0);
  });
});
