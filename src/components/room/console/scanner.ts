/*
 * Reads QR codes from the camera. BarcodeDetector where the browser has one;
 * otherwise jsQR, a plain-JavaScript decoder, loaded only now. (The zxing-wasm
 * polyfill would need 'wasm-unsafe-eval' in the Content-Security-Policy.)
 */
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
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return [];
    // Half size is plenty for a code held up to the camera, and four times quicker.
    const scale = Math.min(1, 480 / Math.max(video.videoWidth, video.videoHeight));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
    return found ? [found.data] : [];
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
