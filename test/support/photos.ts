/** Photos as phones write them, for the tests of the report form's photo (issue 12). */

/** A JPEG as a phone writes it: an EXIF block (big-endian TIFF) whose GPS IFD says 21°8'44.88"N 79°5'17.52"E (Sitabuldi). */
export function jpegWithGps(): Buffer {
  const t = Buffer.alloc(128);
  t.write('MM', 0, 'latin1');
  t.writeUInt16BE(42, 2);
  t.writeUInt32BE(8, 4);
  t.writeUInt16BE(1, 8);
  t.writeUInt16BE(0x8825, 10);
  t.writeUInt16BE(4, 12);
  t.writeUInt32BE(1, 14);
  t.writeUInt32BE(26, 18);
  t.writeUInt32BE(0, 22);
  t.writeUInt16BE(4, 26);
  const entry = (i: number, tag: number, type: number, count: number, value: Buffer | number) => {
    const at = 28 + i * 12;
    t.writeUInt16BE(tag, at);
    t.writeUInt16BE(type, at + 2);
    t.writeUInt32BE(count, at + 4);
    if (typeof value === 'number') t.writeUInt32BE(value, at + 8);
    else value.copy(t, at + 8);
  };
  entry(0, 1, 2, 2, Buffer.from('N\0\0\0', 'latin1'));
  entry(1, 2, 5, 3, 80);
  entry(2, 3, 2, 2, Buffer.from('E\0\0\0', 'latin1'));
  entry(3, 4, 5, 3, 104);
  t.writeUInt32BE(0, 76);
  [21, 1, 8, 1, 4488, 100, 79, 1, 5, 1, 1752, 100].forEach((v, i) => t.writeUInt32BE(v, 80 + i * 4));
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), Buffer.from([0, 2 + 6 + t.length]), Buffer.from('Exif\0\0', 'latin1'), t]);
  const app0 = Buffer.from([0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sos = Buffer.from([0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, 0x12, 0x34, 0x56, 0xff, 0xd9]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, app1, sos]);
}
