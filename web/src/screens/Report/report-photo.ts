/** Uploads a photo for a report (POST /api/public/reports/photos): its id for the report, and the pin its EXIF gave. */
export interface UploadedPhoto {
  photo: string;
  pin: { lat: number; lon: number } | null;
}

/** Why an upload failed, as the form says it. */
export type PhotoProblem = 'tooLarge' | 'notPhoto' | 'failed';

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

export async function uploadReportPhoto(file: File): Promise<UploadedPhoto | PhotoProblem> {
  if (file.size > PHOTO_MAX_BYTES) return 'tooLarge';
  if (file.type !== 'image/jpeg' && file.type !== 'image/png') return 'notPhoto';
  try {
    const res = await fetch('/api/public/reports/photos', { method: 'POST', headers: { 'content-type': file.type }, body: file, credentials: 'same-origin' });
    if (res.status === 413) return 'tooLarge';
    if (res.status === 415) return 'notPhoto';
    if (!res.ok) return 'failed';
    const body: unknown = await res.json();
    if (typeof body !== 'object' || body === null || !('photo' in body) || typeof body.photo !== 'string') return 'failed';
    const pin = 'pin' in body && typeof body.pin === 'object' && body.pin !== null && 'lat' in body.pin && 'lon' in body.pin ? body.pin : null;
    return { photo: body.photo, pin: pin && typeof pin.lat === 'number' && typeof pin.lon === 'number' ? { lat: pin.lat, lon: pin.lon } : null };
  } catch {
    return 'failed';
  }
}
