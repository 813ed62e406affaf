import { own } from '../../lib/storage/guards';
export interface TallyRow {
  id: string;
  count: number;
  /** Whole percent of all answers on this device; 0 when there are none. */
  percent: number;
}

/** Counts per choice, in the order the story lists them, with percentages. */
export function tallyRows(choiceIds: string[], counts: Record<string, number> = {}): { rows: TallyRow[]; total: number } {
  const total = choiceIds.reduce((sum, id) => sum + (own(counts, id) ?? 0), 0);
  const rows = choiceIds.map((id) => {
    const count = own(counts, id) ?? 0;
    return { id, count, percent: total ? Math.round((count / total) * 100) : 0 };
  });
  return { rows, total };
}
