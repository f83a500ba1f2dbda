/** Importing an archive file: every readable message through intake, each bad line reported, none blocking the others. */
import { ingest, type IntakeContext } from '../../intake/intake.service.js';
import { parseArchive, type ParsedArchive } from './archive.parse.js';

export interface ImportReport {
  /** What the line numbers count: lines of JSON Lines, or elements of one JSON document. */
  unit: ParsedArchive['unit'];
  /** Messages read from the file. */
  read: number;
  /** Messages that opened or joined a ticket. */
  imported: number;
  /** Messages stored before (an earlier import, the live channel, or twice in this file). */
  duplicates: number;
  /** Lines (or posts of a page) that could not be read: their number and problem, never their text. */
  skipped: Array<{ line: number; problem: string }>;
  /** Messages read but not processed: stored and quarantined, or refused by the database (its code only). */
  failed: Array<{ line: number; reason: string }>;
}

/** Reads an archive file's text and carries each message through intake; never stops at a bad one. */
export async function importArchive(ctx: IntakeContext, text: string, onProgress?: (done: number, total: number) => void): Promise<ImportReport> {
  const { entries, errors, unit } = parseArchive(text);
  const report: ImportReport = { unit, read: entries.length, imported: 0, duplicates: 0, skipped: errors, failed: [] };
  let done = 0;
  for (const { line, item } of entries) {
    try {
      const outcome = await ingest(ctx, item);
      if (!outcome.isNew) report.duplicates++;
      else if (outcome.ticketId === null) report.failed.push({ line, reason: 'stored, but processing failed: quarantined for the control room' });
      else report.imported++;
    } catch (err) {
      // One message the database refuses does not stop the others; its error's code, never its text.
      const code = err !== null && typeof err === 'object' && 'code' in err ? String(err.code) : err instanceof Error ? err.name : 'unknown';
      report.failed.push({ line, reason: `not stored (${code.slice(0, 60)})` });
    }
    onProgress?.(++done, entries.length);
  }
  return report;
}
