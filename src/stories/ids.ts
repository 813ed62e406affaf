/**
 * The ids of one of the site's fixed lists (lenses, themes, countries…), typed
 * as the non-empty tuple that z.enum() asks for.
 */
export function idsOf<T extends Record<string, unknown>>(list: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(list) as [keyof T & string, ...(keyof T & string)[]];
}
