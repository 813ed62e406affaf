import { storyMinutes } from '../../stories/reading-time';
import { ROLES, type RoleId } from '../../stories/roles';

/** One select of a ListFilter. */
export interface FilterSelect {
  /** The filter's name in sessions/filter.ts's Criteria, and in the address (?theme=…). */
  name: 'theme' | 'narrator' | 'minutes';
  label: string;
  /** The first option, which matches everything. */
  all: string;
  options: { value: string; label: string }[];
}

interface Described {
  body?: string;
  data: { narrator: { role: RoleId }; decisions: Parameters<typeof storyMinutes>[0]['data']['decisions'] };
}

/** The narrator roles the library has, most stories first: the ways in "from your seat". */
export function narratorRoles(stories: readonly Described[]): { role: RoleId; label: string; count: number }[] {
  const counts = new Map<RoleId, number>();
  for (const { data } of stories) counts.set(data.narrator.role, (counts.get(data.narrator.role) ?? 0) + 1);
  return [...counts]
    .map(([role, count]) => ({ role, label: ROLES[role].label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The filters of a list of stories: who tells it, and how long it takes. */
export function storyFilters(stories: readonly Described[]): FilterSelect[] {
  const lengths = [...new Set(stories.map(storyMinutes))].sort((a, b) => a - b);
  return [
    {
      name: 'narrator',
      label: 'Told by',
      all: 'Anyone',
      options: narratorRoles(stories).map(({ role, label, count }) => ({ value: role, label: `${label} (${count})` })),
    },
    {
      name: 'minutes',
      label: 'Reading time',
      all: 'Any length',
      options: lengths.map((m) => ({ value: String(m), label: `Up to ${m} min` })),
    },
  ];
}
