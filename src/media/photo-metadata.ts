/**
 * A citizen's photo from the public form: where it was taken, read from its EXIF GPS tags (a pin for the
 * report), and the photo without its metadata (GPS, camera, owner, time) for what Chowki keeps and shows.
 * Pure: bytes in, bytes out.
 */

/** The GPS position in a JPEG's EXIF, or undefined when there is none (or it cannot be read). */
export function readJpegGps(b: Buffer): { lat: number; lon: number } | undefined {
  if (b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1] ?? 0;
    if (marker === 0xda || marker === 0xd9) return undefined;
    const len = b.readUInt16BE(at + 2);
    if (marker === 0xe1 && b.subarray(at + 4, at + 10).toString('latin1') === 'Exif\0\0') {
      return gpsOfTiff(b.subarray(at + 10, at + 2 + len));
    }
    at += 2 + len;
  }
  return undefined;
}

function gpsOfTiff(t: Buffer): { lat: number; lon: number } | undefined {
  try {
    const le = t.toString('latin1', 0, 2) === 'II';
    const u16 = (o: number) => (le ? t.readUInt16LE(o) : t.readUInt16BE(o));
    const u32 = (o: number) => (le ? t.readUInt32LE(o) : t.readUInt32BE(o));
    const entries = (ifd: number) => {
      const n = u16(ifd);
      return Array.from({ length: n }, (_, i) => ifd + 2 + i * 12).map((e) => ({ tag: u16(e), type: u16(e + 2), count: u32(e + 4), value: e + 8 }));
    };
    const gpsPointer = entries(u32(4)).find((e) => e.tag === 0x8825);
    if (!gpsPointer) return undefined;
    const gps = entries(u32(gpsPointer.value));
    const ref = (tag: number) => {
      const e = gps.find((x) => x.tag === tag);
      return e ? t.toString('latin1', e.value, e.value + 1) : undefined;
    };
    const degrees = (tag: number) => {
      const e = gps.find((x) => x.tag === tag && x.type === 5 && x.count === 3);
      if (!e) return undefined;
      const at = u32(e.value);
      const r = (i: number) => u32(at + i * 8) / (u32(at + i * 8 + 4) || NaN);
      return r(0) + r(1) / 60 + r(2) / 3600;
    };
    const lat = degrees(2);
    const lon = degrees(4);
    if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
    const signed = { lat: ref(1) === 'S' ? -lat : lat, lon: ref(3) === 'W' ? -lon : lon };
    if (Math.abs(signed.lat) > 90 || Math.abs(signed.lon) > 180 || (signed.lat === 0 && signed.lon === 0)) return undefined;
    return { lat: Math.round(signed.lat * 1e6) / 1e6, lon: Math.round(signed.lon * 1e6) / 1e6 };
  } catch {
    // A truncated or inconsistent EXIF block is no position, not an error: the citizen can still set a pin.
    return undefined;
  }
}

/** A JPEG without its APP1–APP15 segments (EXIF, XMP, IPTC…) and comments; the image data is untouched. */
export function stripJpegMetadata(b: Buffer): Buffer {
  const parts: Buffer[] = [b.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1] ?? 0;
    if (marker === 0xda) break;
    const len = b.readUInt16BE(at + 2);
    const drop = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!drop) parts.push(b.subarray(at, at + 2 + len));
    at += 2 + len;
  }
  parts.push(b.subarray(at));
  return Buffer.concat(parts);
}

/** A PNG without its text, EXIF and time chunks. */
export function stripPngMetadata(b: Buffer): Buffer {
  const parts: Buffer[] = [b.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= b.length) {
    const len = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const end = at + 12 + len;
    if (!['tEXt', 'iTXt', 'zTXt', 'eXIf', 'tIME'].includes(type)) parts.push(b.subarray(at, end));
    at = end;
  }
  return Buffer.concat(parts);
}
