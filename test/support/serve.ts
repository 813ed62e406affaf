import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import sirv from 'sirv';

export interface Served {
  origin: string;
  /** The site's home: origin + base. */
  home: string;
  /** Every byte the server has sent so far, headers included: what a device downloaded from it. */
  bytesSent(): number;
  close(): Promise<void>;
}

const IN_PAGE = new URL('./in-page/', import.meta.url);

/**
 * When a request carries the cookie `jc-test=<name>,<name>`, pages get
 * test/support/in-page/<name>.js injected at the top of <head>, before any of
 * the site's own scripts. Engines driven over plain WebDriver have no other
 * way to run a script before the page's. It is a same-origin file, so the
 * site's Content-Security-Policy allows it.
 */
function injected(req: IncomingMessage, res: ServerResponse, dir: string, path: string): boolean {
  const names = /(?:^|;\s*)jc-test=([\w,-]+)/.exec(req.headers.cookie ?? '')?.[1]?.split(',') ?? [];
  if (path.startsWith('/__test__/')) {
    const name = path.slice('/__test__/'.length).replace(/\.js$/, '');
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    res.end(readFileSync(new URL(`${name.replace(/[^\w-]/g, '')}.js`, IN_PAGE)));
    return true;
  }
  if (names.length === 0) return false;
  const file = join(dir, decodeURIComponent(path.split('?')[0]!));
  const html = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
  if (!html.endsWith('.html') || !existsSync(html)) return false;
  const tags = names.map((name) => `<script src="/__test__/${name}.js"></script>`).join('');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(readFileSync(html, 'utf8').replace('<head>', `<head>${tags}`));
  return true;
}

/**
 * Serves a built site on 127.0.0.1 under its base path, answering unknown URLs
 * with the site's own 404 page and a 404 status, as static hosts do.
 */
export async function serve(dir: string, base = '/', { live = false } = {}): Promise<Served> {
  // live: read files on every request, for tests that change the site while it is served.
  const files = sirv(dir, { dev: live, etag: false, dotfiles: false });
  const notFound = readFileSync(`${dir}/404.html`);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const send404 = () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    if (path.startsWith('/__test__/')) return void injected(req, res, dir, path);
    if (!path.startsWith(base)) return send404();
    req.url = `/${path.slice(base.length)}`;
    if (injected(req, res, dir, req.url)) return;
    files(req, res, send404);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    home: `${origin}${base}`,
    bytesSent: () => [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    // Browsers hold keep-alive connections open; close() alone would wait for them.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
