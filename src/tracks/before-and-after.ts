import type { Track } from './library';

/** A page the facilitator sends the room: before the session or after it. */
export interface SendPage {
  label: string;
  /** What the page holds, for the track page's list. */
  what: string;
  path: string;
}

export const beforePath = (id: string) => `/tracks/${id}/before/`;
export const afterPath = (id: string) => `/tracks/${id}/after/`;

/** The track's pre-work and follow-up pages, those it has, for its page and its pack. */
export function sendPages({ entry, prework }: Pick<Track, 'entry' | 'prework'>): SendPage[] {
  return [
    ...(prework ? [{ label: 'Before the session', what: `one story to read, “${prework.data.title}”`, path: beforePath(entry.id) }] : []),
    ...(entry.data.followUp
      ? [{ label: 'After the session', what: 'one habit to try, and a question for two weeks later', path: afterPath(entry.id) }]
      : []),
  ];
}
