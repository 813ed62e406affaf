/**
 * Small validators for what comes back from storage or an imported file. Each
 * returns a clean copy, or undefined to drop the value, and says what was wrong
 * in `problems`. Records come back with no prototype, so ids such as
 * "__proto__" or "constructor" are plain keys; read them with `own`.
 */
export type Guard<T> = (value: unknown, path: string, problems: string[]) => T | undefined;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A record's own entry, never one inherited from Object.prototype. */
export const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** An empty record with no prototype. */
export const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export function fail(problems: string[], path: string, what: string): undefined {
  problems.push(`${path} ${what}`);
  return undefined;
}

export const text =
  (max: number): Guard<string> =>
  (value, path, problems) =>
    typeof value === 'string' && value.length <= max ? value : fail(problems, path, `is not text of at most ${max} characters`);

export const yesNo: Guard<boolean> = (value, path, problems) =>
  typeof value === 'boolean' ? value : fail(problems, path, 'is not true or false');

/** An id from the site: non-empty, short. */
export const key: Guard<string> = (value, path, problems) =>
  typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : fail(problems, path, 'is not an id');

/** Milliseconds since 1970, as Date.now() gives them. */
export const time: Guard<number> = (value, path, problems) =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 8.64e15
    ? (value as number)
    : fail(problems, path, 'is not a time');

/** A whole number of people or steps. */
export const count: Guard<number> = (value, path, problems) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : fail(problems, path, 'is not a whole number');

export const oneOf =
  <T extends string>(values: readonly T[]): Guard<T> =>
  (value, path, problems) =>
    values.includes(value as T) ? (value as T) : fail(problems, path, `is not one of ${values.join(', ')}`);

export const orNull =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (value, path, problems) =>
    value === null ? null : guard(value, path, problems);

/** An object with exactly these fields; any bad field drops the whole object. */
export const shape =
  <T extends object>(fields: { [K in keyof T]: Guard<T[K]> }): Guard<T> =>
  (value, path, problems) => {
    if (!isRecord(value)) return fail(problems, path, 'is not an entry');
    const out = {} as T;
    for (const name of Object.keys(fields) as (keyof T & string)[]) {
      const checked = fields[name](own(value, name), `${path}.${name}`, problems);
      if (checked === undefined) return undefined;
      out[name] = checked;
    }
    return out;
  };

/** Entries by id; bad entries are dropped, the rest kept. */
export const recordOf =
  <T>(each: Guard<T>): Guard<Record<string, T>> =>
  (value, path, problems) => {
    if (!isRecord(value)) return fail(problems, path, 'is not a list of entries');
    const out = dict<T>();
    for (const id of Object.keys(value)) {
      if (key(id, `${path} key`, problems) === undefined) continue;
      const checked = each(value[id], `${path}.${id}`, problems);
      if (checked !== undefined) out[id] = checked;
    }
    return out;
  };

/** A list; bad items are dropped, the rest kept. */
export const listOf =
  <T>(each: Guard<T>): Guard<T[]> =>
  (value, path, problems) => {
    if (!Array.isArray(value)) return fail(problems, path, 'is not a list');
    return value.flatMap((item, index) => {
      const checked = each(item, `${path}.${index}`, problems);
      return checked === undefined ? [] : [checked];
    });
  };

/** A field the whole value cannot do without: when it is bad, it starts empty. */
export function field<T>(data: Record<string, unknown>, name: string, guard: Guard<T>, empty: T, problems: string[]): T {
  return guard(own(data, name), name, problems) ?? empty;
}
