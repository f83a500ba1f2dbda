/**
 * A citizen's photos, voice notes, videos and documents under their message: images in place, a player
 * for audio and video, a download for documents; while one is being fetched, or when it was not kept,
 * a line says so. The files come from the ticket's access-scoped, audited URL, never a public one.
 */
import type { DeskMessage } from '../../api/types.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';

type Attachment = DeskMessage['attachments'][number];

/** What kind of thing a channel's attachment is, for the sentence about it. */
function kindKey(kind: string): MessageKey {
  if (kind === 'photo' || kind === 'image' || kind === 'sticker') return 'media.kind.image';
  if (kind === 'voice') return 'media.kind.voice';
  if (kind === 'audio') return 'media.kind.audio';
  if (kind === 'video' || kind === 'video_note') return 'media.kind.video';
  return 'media.kind.document';
}

function reasonKey(code: string | null): MessageKey {
  if (code === 'TOO_LARGE') return 'media.reason.tooLarge';
  if (code === 'TYPE_REFUSED') return 'media.reason.type';
  return 'media.reason.channel';
}

export function Attachments({ items, reference }: { items: readonly Attachment[]; reference: string }) {
  const { t, formatNumber } = useI18n();
  if (items.length === 0) return null;
  const size = (bytes: number | null) => (bytes === null ? '' : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`);
  return (
    <ul className="attachments" aria-label={t('media.attachments')} data-testid="attachments">
      {items.map((a, i) => {
        const kind = t(kindKey(a.kind));
        if (a.status === 'pending') return <li key={a.id} className="attachment muted">{t('media.pending', { kind })}</li>;
        if (a.status !== 'stored') {
          return (
            <li key={a.id} className="attachment attachment-missing">
              {t(a.status === 'refused' ? 'media.refused' : 'media.failed', { kind, reason: t(reasonKey(a.reason)) })}
            </li>
          );
        }
        if (!a.url) return <li key={a.id} className="attachment muted">{t('media.noAccess', { kind })}</li>;
        const label = t('media.label', { kind, n: String(i + 1), reference });
        return (
          <li key={a.id} className={`attachment attachment-${a.presentation ?? 'document'}`}>
            {a.presentation === 'image' ? (
              <a href={a.url} target="_blank" rel="noopener">
                <img src={a.url} alt={label} loading="lazy" />
              </a>
            ) : a.presentation === 'audio' ? (
              <audio controls preload="metadata" src={a.url} aria-label={label} />
            ) : a.presentation === 'video' ? (
              <video controls preload="metadata" src={a.url} aria-label={label} />
            ) : (
              <a href={a.url} download>
                {t('media.download', { kind, size: size(a.size) })}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
