import { own } from '../../../lib/storage/guards';
import { roomDecision, type RoomState } from '../protocol/store';
import type { Scope } from './scope';

const cell = (value: string | number) => {
  const text = String(value);
  // Quotes always, and a leading apostrophe for formula characters, so a spreadsheet never runs a label.
  return `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
};

/**
 * Every round of every dilemma in the room: hands and phones apart, for the
 * facilitator's records, each row with the day, the session's title and the
 * room, so files from several workshops can be put together.
 */
export function resultsCsv(state: RoomState, scope: Pick<Scope, 'session' | 'title' | 'decisions'>, code: string, on = new Date()): string {
  const day = on.toISOString().slice(0, 10);
  const lines = [['date', 'session', 'room', 'dilemma', 'question', 'round', 'choice', 'hands', 'phones', 'total']];
  for (const d of scope.decisions) {
    roomDecision(state, scope.session, d.id).rounds.forEach((round, r) => {
      for (const choice of d.choices) {
        const hands = own(round.counts, choice.id) ?? 0;
        const phones = Object.values(round.handIns).filter((c) => c === choice.id).length;
        lines.push([
          day,
          scope.title,
          code,
          d.id,
          d.question,
          String(r + 1),
          choice.label,
          String(hands),
          String(phones),
          String(hands + phones),
        ]);
      }
    });
  }
  return lines.map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
