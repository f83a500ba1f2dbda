/**
 * An error as the UI shows it: a translated sentence (i18n/errors.ts), described again in the current
 * language when the officer switches it, with the server's own words only in the title for support.
 */
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/en.js';
import { describeError } from '../i18n/errors.js';
import { useI18n } from '../i18n/i18n.js';

export function ErrorNote({
  error,
  overrides,
  alert = true,
  children,
}: {
  error: unknown;
  /** A more exact sentence for some codes on this screen. */
  overrides?: Partial<Record<string, MessageKey>>;
  /** role="alert": announced at once (an answer to what the officer just did). */
  alert?: boolean;
  /** Something to offer after the sentence, e.g. a retry button. */
  children?: ReactNode;
}) {
  const i18n = useI18n();
  const e = describeError(error, i18n, overrides);
  return (
    <p className="form-error" role={alert ? 'alert' : undefined} title={e.detail || undefined} data-error-code={e.code}>
      {e.text}
      {children ? <> {children}</> : null}
    </p>
  );
}

/** The sentence alone, for an announcement or a label. */
export function useErrorText(): (error: unknown, overrides?: Partial<Record<string, MessageKey>>) => string {
  const i18n = useI18n();
  return (error, overrides) => describeError(error, i18n, overrides).text;
}
