import { writeFileSync } from 'node:fs';
import { encode } from 'uqr';

const WIDTH = 640;
const HEIGHT = 480;

/**
 * Writes a Y4M video (a plain header, then raw I420 frames) that shows QR codes,
 * or a blank frame, for Chromium's fake camera (--use-file-for-fake-video-capture),
 * which plays it on a loop. Several codes sit in a grid, as phones held up together.
 */
export function writeQrVideo(file: string, texts: string | readonly string[] | null, frames = 4): void {
  const y = Buffer.alloc(WIDTH * HEIGHT, 235);
  const codes = texts === null ? [] : typeof texts === 'string' ? [texts] : texts;
  const across = Math.ceil(Math.sqrt(codes.length));
  const down = Math.ceil(codes.length / across);
  const [cellWidth, cellHeight] = [Math.floor(WIDTH / across), Math.floor(HEIGHT / down)];
  for (const [i, text] of codes.entries()) {
    const { size, data } = encode(text, { border: 4 });
    const scale = Math.floor(Math.min(cellWidth, cellHeight) / size);
    const left = (i % across) * cellWidth + Math.floor((cellWidth - size * scale) / 2);
    const top = Math.floor(i / across) * cellHeight + Math.floor((cellHeight - size * scale) / 2);
    for (let row = 0; row < size * scale; row++) {
      for (let col = 0; col < size * scale; col++) {
        if (data[Math.floor(row / scale)]![Math.floor(col / scale)]) y[(top + row) * WIDTH + left + col] = 16;
      }
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), ...Array(frames).fill(frame)]),
  );
}

/** Chromium flags for a fake camera that plays `file`, granted without a prompt. */
export const fakeCamera = (file: string) => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${file}`,
];
