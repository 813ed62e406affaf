/**
 * Where phones join a session's room, under the site's base: what the
 * console's join QR code opens, and a present view's once the room is open.
 * `session` is the room store's key ("track:<id>", "dilemma:<id>" or a shared
 * session's "session:<ids>"); a shared session's join carries the console's
 * own fragment (`#t=…&d=…`), since the session lives in its link.
 */
export function joinPath(session: string, code: string, consoleHash: string): string {
  const [kind, id = ''] = session.split(/:(.*)/s);
  if (kind === 'track') return `tracks/${id}/?room=${code}`;
  if (kind === 'dilemma') return `dilemmas/${id}/?room=${code}`;
  return `sessions/?room=${code}${consoleHash}`;
}
