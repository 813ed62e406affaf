import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from 'playwright-core';

/** Screenshots an element and decodes the QR code in it, as a phone camera would. */
export const decodeQr = async (element: Locator): Promise<string | null> => decodePng(await element.screenshot());

/** Decodes the QR code in a screenshot (PNG): for engines driven without playwright. */
export function decodePng(file: Uint8Array): string | null {
  const png = PNG.sync.read(Buffer.from(file));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
