/**
 * The media vocabulary: where an attachment stands, which types Chowki keeps and serves, and how it
 * recognises them from their first bytes. No imports: the store's table types take the unions from here.
 */

/** pending → stored; `refused` when too large or of a type not kept; `failed` after the last attempt. */
export const ATTACHMENT_STATUSES = ['pending', 'stored', 'refused', 'failed'] as const;
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];

/** The types kept by default: what the channels carry for photos, voice notes, video and documents. Never HTML, SVG or script. */
export const DEFAULT_MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'audio/ogg',
  'audio/mpeg',
  'audio/mp4',
  'audio/aac',
  'audio/amr',
  'audio/wav',
  'video/mp4',
  'video/3gpp',
  'video/quicktime',
  'application/pdf',
] as const;

/** What the desk does with a type: show it in place, or offer it to download. */
export type MediaPresentation = 'image' | 'audio' | 'video' | 'document';

export function presentationOf(contentType: string): MediaPresentation {
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('audio/')) return 'audio';
  if (contentType.startsWith('video/')) return 'video';
  return 'document';
}

/** A declared type without parameters, lower case (`audio/ogg; codecs=opus` → `audio/ogg`). */
export function baseType(mime: string | null | undefined): string | undefined {
  const t = mime?.split(';')[0]?.trim().toLowerCase();
  return t ? t : undefined;
}

const startsWith = (b: Buffer, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Buffer, at: number, text: string) => b.subarray(at, at + text.length).toString('latin1') === text;

/**
 * The type the first bytes show, for the types Chowki keeps; undefined when they show none of them.
 * A file is served with this type, not with what the sender or provider claimed.
 */
export function sniffType(b: Buffer): string | undefined {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return 'image/webp';
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE')) return 'audio/wav';
  if (ascii(b, 0, 'OggS')) return 'audio/ogg';
  if (ascii(b, 0, 'ID3') || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0 && ((b[1] ?? 0) & 0x06) !== 0)) return 'audio/mpeg';
  if (ascii(b, 0, '#!AMR')) return 'audio/amr';
  if (ascii(b, 0, '%PDF-')) return 'application/pdf';
  if (ascii(b, 4, 'ftyp')) {
    const brand = b.subarray(8, 12).toString('latin1');
    if (brand.startsWith('3g')) return 'video/3gpp';
    if (brand === 'qt  ') return 'video/quicktime';
    if (brand === 'M4A ') return 'audio/mp4';
    return 'video/mp4';
  }
  if (b[0] === 0xff && ((b[1] ?? 0) & 0xf6) === 0xf0) return 'audio/aac';
  return undefined;
}

/** A file's extension for a download's name. */
export const EXTENSION_OF: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'audio/amr': 'amr',
  'audio/wav': 'wav',
  'video/mp4': 'mp4',
  'video/3gpp': '3gp',
  'video/quicktime': 'mov',
  'application/pdf': 'pdf',
};

/** Who may export a ticket's evidence bundle: the station's SHO and the officers above (the web bundles this list too). */
export const EVIDENCE_ROLES = ['sho', 'dcp', 'control_room', 'commissioner'] as const;
