import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Firefox and WebKit behind one small interface, so the core reader flows are
 * written once and run in each engine. Firefox is driven by puppeteer-core over
 * WebDriver BiDi; WebKit (WebKitGTK's MiniBrowser, the engine inside Safari) by
 * the `webdriver` client over classic WebDriver, under Xvfb since MiniBrowser
 * has no headless mode. Both come from Debian packages: firefox-esr,
 * webkit2gtk-driver and xvfb (.ci/run installs them).
 */
export interface EnginePage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a function in the page and returns its (awaited) result. */
  run<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  click(selector: string): Promise<void>;
  /** Key presses, in order: 'Tab', 'Enter', 'ArrowDown', ' ' or any single character. */
  press(...keys: string[]): Promise<void>;
  /** Sets a cookie for the origin of the current page. */
  cookie(name: string, value: string): Promise<void>;
  /** A PNG of one element as it shows on screen, as a camera pointed at it would see it. */
  screenshot(selector: string): Promise<Uint8Array>;
}

export interface Engine {
  name: string;
  open(): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface EngineSpec {
  name: string;
  /** Whether a page stays open when the next opens: WebKitWebDriver drives one browser at a time. */
  sideBySide: boolean;
  /** Why it cannot run here, or null if it can. */
  missing(): string | null;
  start(): Promise<Engine>;
}

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const miniBrowser = () =>
  spawnSync('sh', ['-c', 'dpkg -L libwebkit2gtk-4.1-0 2>/dev/null | grep -m1 "/MiniBrowser$"'], { encoding: 'utf8' }).stdout.trim();

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until<T>(check: () => Promise<T | undefined | null | false>, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch {
      // Not ready yet.
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const firefox: EngineSpec = {
  name: 'Firefox',
  sideBySide: true,
  missing: () => (existsSync(FIREFOX) ? null : `no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`),
  async start() {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    return {
      name: 'Firefox',
      async open() {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        return {
          goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
          reload: async () => void (await page.reload({ waitUntil: 'load' })),
          run: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
          click: (selector) => page.click(selector),
          async press(...keys) {
            for (const key of keys) await page.keyboard.press(key as never);
          },
          async cookie(name, value) {
            await context.setCookie({ name, value, domain: new URL(page.url()).hostname, path: '/' });
          },
          async screenshot(selector) {
            return (await page.waitForSelector(selector))!.screenshot();
          },
        };
      },
      close: () => browser.close(),
    };
  },
};

/** W3C WebDriver key codes for the keys the flows press. */
const KEYS: Record<string, string> = { Tab: '\uE004', Enter: '\uE007', ArrowDown: '\uE015', ArrowRight: '\uE014', Escape: '\uE00C' };

const webkit: EngineSpec = {
  name: 'WebKit',
  sideBySide: false,
  missing() {
    if (!onPath('WebKitWebDriver')) return 'no WebKitWebDriver (apt-get install webkit2gtk-driver)';
    if (!onPath('Xvfb')) return 'no Xvfb (apt-get install xvfb)';
    if (!miniBrowser()) return 'no MiniBrowser (apt-get install webkit2gtk-driver)';
    return null;
  },
  async start() {
    const { default: WebDriver } = await import('webdriver');
    const display = `:${90 + Math.floor(Math.random() * 400)}`;
    const port = await freePort();
    const processes: ChildProcess[] = [spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' })];
    processes.push(spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } }));
    await until(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver');
    const sessions: { deleteSession(): Promise<unknown> }[] = [];
    return {
      name: 'WebKit',
      async open() {
        // WebKitWebDriver drives one session at a time: each test gets a fresh browser.
        await Promise.all(sessions.splice(0).map((session) => session.deleteSession().catch(() => undefined)));
        const client = await WebDriver.newSession({
          hostname: '127.0.0.1',
          port,
          path: '/',
          logLevel: 'silent',
          capabilities: { 'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] } } as never,
        });
        sessions.push(client);
        const find = async (selector: string) => {
          const found = await until(
            async () => (await client.findElements('css selector', selector))[0] as Record<string, string> | undefined,
            selector,
          );
          return Object.values(found)[0]!;
        };
        const page: EnginePage = {
          goto: async (url) => void (await client.navigateTo(url)),
          reload: async () => void (await client.refresh()),
          run: (fn, ...args) => client.executeScript(`return (${fn.toString()}).apply(null, arguments)`, args as never) as never,
          click: async (selector) => void (await client.elementClick(await find(selector))),
          async press(...keys) {
            const actions = keys.flatMap((key) => {
              const value = KEYS[key] ?? key;
              return [
                { type: 'keyDown', value },
                { type: 'keyUp', value },
              ];
            });
            await client.performActions([{ type: 'key', id: 'keyboard', actions }]);
            await client.releaseActions();
          },
          cookie: async (name, value) => void (await client.addCookie({ name, value, path: '/' })),
          async screenshot(selector) {
            await find(selector);
            // WebKitWebDriver's element screenshot comes back mostly black (2.50 under Xvfb), so shoot the viewport and cut the element out.
            const box = await page.run((s: string) => {
              const element = document.querySelector(s)!;
              // Instant: the site scrolls smoothly, and a box measured mid-scroll cuts the wrong part of the screen.
              element.scrollIntoView({ block: 'center', behavior: 'instant' });
              const { x, y, width, height } = element.getBoundingClientRect();
              return [x, y, width, height].map((n) => Math.round(n * devicePixelRatio));
            }, selector);
            const { PNG } = await import('pngjs');
            const screen = PNG.sync.read(Buffer.from(await client.takeScreenshot(), 'base64'));
            // A margin of the page around the element, as a camera would see it: a QR code keeps its quiet zone
            // even when the measured box is a few pixels off.
            const pad = 16;
            const [bx, by, bw, bh] = box as [number, number, number, number];
            const x = Math.max(0, bx - pad);
            const y = Math.max(0, by - pad);
            const width = Math.min(screen.width - x, bw + 2 * pad);
            const height = Math.min(screen.height - y, bh + 2 * pad);
            const shot = new PNG({ width, height });
            PNG.bitblt(screen, shot, x, y, width, height, 0, 0);
            return PNG.sync.write(shot);
          },
        };
        return page;
      },
      async close() {
        await Promise.all(sessions.map((s) => s.deleteSession().catch(() => undefined)));
        for (const child of processes.reverse()) child.kill();
      },
    };
  },
};

export const ENGINES: EngineSpec[] = [firefox, webkit];

/** Polls a condition in the page until it holds, or fails naming it. */
export const waitIn = <T, A extends unknown[]>(page: EnginePage, what: string, fn: (...args: A) => T, ...args: A) =>
  until(() => page.run(fn, ...args) as Promise<T>, what) as Promise<NonNullable<T>>;
