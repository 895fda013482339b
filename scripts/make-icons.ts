// Draws the add-in's ribbon and store icons (PNG, 16–128 px) into assets/ with a tiny PNG encoder: no downloads.
import fs from "fs";
import path from "path";
import zlib from "zlib";

type RGBA = [number, number, number, number];
/** A layer: colour at (x, y) in [0, 1]², or null where it does not paint. */
type Layer = (x: number, y: number) => RGBA | null;

function crcTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

function crc32(buf: Buffer, table: Uint32Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer, table: Uint32Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body, table));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (row-major) → PNG bytes (colour type 6, 8 bits, filter 0 on every scanline). */
export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const table = crcTable();
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    raw.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    sig,
    chunk("IHDR", ihdr, table),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 }), table),
    chunk("IEND", Buffer.alloc(0), table),
  ]);
}

/** Paint layers bottom-up with 4×4 supersampling (smooth edges at 16 px). */
function render(size: number, layers: Layer[]): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let c: RGBA = [0, 0, 0, 0];
          for (const layer of layers) {
            const p = layer(x, y);
            if (!p) continue;
            const pa = p[3] / 255;
            const na = pa + (c[3] / 255) * (1 - pa);
            const mix = (i: number) => (na ? (p[i] * pa + c[i] * (c[3] / 255) * (1 - pa)) / na : 0);
            c = [mix(0), mix(1), mix(2), na * 255];
          }
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round(a / (S * S));
    }
  }
  return out;
}

const roundedRect =
  (l: number, t: number, r: number, b: number, rad: number, color: RGBA): Layer =>
  (x, y) => {
    if (x < l || x > r || y < t || y > b) return null;
    const cx = Math.min(Math.max(x, l + rad), r - rad);
    const cy = Math.min(Math.max(y, t + rad), b - rad);
    return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad ? color : null;
  };

function polygon(points: [number, number][], color: RGBA): Layer {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside ? color : null;
  };
}

function star(cx: number, cy: number, outer: number, inner: number, color: RGBA): Layer {
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const ang = -Math.PI / 2 + (i * Math.PI) / 5;
    const rad = i % 2 === 0 ? outer : inner;
    pts.push([cx + rad * Math.cos(ang), cy + rad * Math.sin(ang)]);
  }
  return polygon(pts, color);
}

const line =
  (x1: number, y1: number, x2: number, y2: number, w: number, color: RGBA): Layer =>
  (x, y) => {
    const dx = x2 - x1,
      dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return (x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2 <= (w / 2) ** 2 ? color : null;
  };

const GREEN: RGBA = [16, 124, 65, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const GOLD: RGBA = [255, 200, 61, 255];
const DARK: RGBA = [36, 36, 36, 255];
const RED: RGBA = [196, 43, 28, 255];
const YELLOW: RGBA = [255, 235, 156, 255];

/** The icons: the app (a gold star on Excel green), the pane button, the clear-highlights button, and the
 *  tracking-sheet button (a white sheet with a green header row and grid lines, a gold plus). */
const ICONS: Record<string, Layer[]> = {
  icon: [roundedRect(0.04, 0.04, 0.96, 0.96, 0.18, GREEN), star(0.5, 0.54, 0.38, 0.16, GOLD)],
  "icon-score": [roundedRect(0.04, 0.04, 0.96, 0.96, 0.18, GREEN), star(0.5, 0.54, 0.38, 0.16, WHITE)],
  "icon-pane": [
    roundedRect(0.06, 0.12, 0.94, 0.88, 0.08, GREEN),
    roundedRect(0.13, 0.2, 0.56, 0.8, 0.03, WHITE),
    roundedRect(0.62, 0.2, 0.87, 0.8, 0.03, GOLD),
  ],
  "icon-clear": [
    roundedRect(0.08, 0.08, 0.92, 0.92, 0.1, DARK),
    roundedRect(0.14, 0.14, 0.86, 0.86, 0.06, YELLOW),
    line(0.28, 0.28, 0.72, 0.72, 0.14, RED),
    line(0.72, 0.28, 0.28, 0.72, 0.14, RED),
  ],
  "icon-tracking": [
    roundedRect(0.06, 0.08, 0.8, 0.92, 0.06, GREEN),
    roundedRect(0.12, 0.3, 0.74, 0.86, 0.02, WHITE),
    line(0.12, 0.49, 0.74, 0.49, 0.05, GREEN),
    line(0.12, 0.67, 0.74, 0.67, 0.05, GREEN),
    line(0.36, 0.3, 0.36, 0.86, 0.05, GREEN),
    roundedRect(0.58, 0.56, 0.98, 0.96, 0.2, DARK),
    line(0.78, 0.64, 0.78, 0.88, 0.09, GOLD),
    line(0.66, 0.76, 0.9, 0.76, 0.09, GOLD),
  ],
};

export const SIZES: Record<string, number[]> = {
  icon: [16, 32, 64, 80, 128],
  "icon-score": [16, 32, 80],
  "icon-pane": [16, 32, 80],
  "icon-clear": [16, 32, 80],
  "icon-tracking": [16, 32, 80],
};

function main(): void {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, layers] of Object.entries(ICONS)) {
    for (const size of SIZES[name]) {
      const file = path.join(dir, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(size, render(size, layers)));
      console.log(path.relative(process.cwd(), file));
    }
  }
}

if (require.main === module) main();
