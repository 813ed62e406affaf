import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  origin: string;
  /** The site's home: origin + base. */
  home: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 under its base path, answering unknown URLs
 * with the site's own 404 page and a 404 status, as static hosts do.
 */
export async function serve(dir: string, base = '/'): Promise<Served> {
  const files = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const notFound = readFileSync(`${dir}/404.html`);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const send404 = () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    if (!path.startsWith(base)) return send404();
    req.url = `/${path.slice(base.length)}`;
    files(req, res, send404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    home: `${origin}${base}`,
    // Browsers hold keep-alive connections open; close() alone would wait for them.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
