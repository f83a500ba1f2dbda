import type { Db } from '../store/db.js';
import { findPii, maskPii } from '../triage/pii.js';

/**
 * Keeps an officer's corrected labels of a ticket's text as a training example for `chowki train`.
 * The text is masked like the summary: a model needs the words, not the citizen's number.
 */
export async function recordTrainingExample(
  db: Db,
  e: { ticketId: number; text: string; category: string; priority: string; language: string; userId: number; at: string },
): Promise<void> {
  await db
    .insertInto('training_examples')
    .values({
      ticket_id: e.ticketId,
      text: maskPii(e.text, findPii(e.text)),
      category: e.category,
      priority: e.priority,
      language: e.language,
      source: 'officer',
      created_by: e.userId,
      created_at: e.at,
    })
    .execute();
}
