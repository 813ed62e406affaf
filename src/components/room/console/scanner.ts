/*
 * Reads QR codes from the camera, every code in a frame, so four phones held up
 * together are counted in one pass. BarcodeDetector where the browser has one
 * (Chrome on Android, Safari); otherwise ZXing compiled to WebAssembly
 * (zxing-wasm, the engine under the barcode-detector polyfill), loaded only now.
 * Its .wasm is a hashed asset of this site, never fetched from a CDN: the site
 * makes no third-party requests, and the CSP allows 'wasm-unsafe-eval' for it.
 */
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

export type CameraProblem = 'refused' | 'no-camera' | 'unavailable';

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(problem);
  }
}

type Detect = (video: HTMLVideoElement) => Promise<string[]>;

interface DetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

async function detector(): Promise<Detect> {
  const Native = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (Native && (await Native.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) {
    const native = new Native({ formats: ['qr_code'] });
    return async (video) => (await native.detect(video)).map((code) => code.rawValue);
  }
  const { prepareZXingModule, readBarcodes } = await import('zxing-wasm/reader');
  await prepareZXingModule({ overrides: { locateFile: () => wasmUrl }, fireImmediately: true });
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return [];
    // Up to 960 px across keeps four codes side by side readable, at about 30 ms a frame.
    const scale = Math.min(1, 960 / Math.max(video.videoWidth, video.videoHeight));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const found = await readBarcodes(image, { formats: ['QRCode'], maxNumberOfSymbols: 16, tryInvert: false });
    return found.filter((code) => code.isValid).map((code) => code.text);
  };
}

async function camera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unavailable');
  try {
    return await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (error) {
    const name = (error as DOMException | undefined)?.name;
    throw new CameraError(name === 'NotAllowedError' || name === 'SecurityError' ? 'refused' : 'no-camera');
  }
}

/** Starts the camera into `video` and calls `found` with each code it reads; returns the stop. */
export async function startScanning(video: HTMLVideoElement, found: (text: string) => void): Promise<() => void> {
  const stream = await camera();
  let stopped = false;
  let timer = 0;
  const stop = () => {
    stopped = true;
    window.clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    const detect = await detector();
    video.srcObject = stream;
    await video.play();
    const next = async () => {
      if (stopped) return;
      for (const text of await detect(video).catch(() => [])) found(text);
      timer = window.setTimeout(next, 150);
    };
    void next();
  } catch (error) {
    stop();
    throw error instanceof CameraError ? error : new CameraError('no-camera');
  }
  return stop;
}
