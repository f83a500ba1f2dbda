/** Where an officer's reply stands on its channel, under the reply: sent, delivered, read, or why it failed, with a retry. */
import { useState } from 'react';
import { api } from '../../api/client.js';
import type { DeskMessage } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { describeDeliveryReason } from './delivery.js';

type Delivery = NonNullable<DeskMessage['delivery']>;

export function DeliveryLine({
  ticketId,
  delivery,
  canRetry,
  onRetried,
  onError,
}: {
  ticketId: number;
  delivery: Delivery;
  canRetry: boolean;
  onRetried: () => void;
  onError: (err: unknown) => void;
}) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const [busy, setBusy] = useState(false);
  const broken = delivery.state === 'failed' || delivery.state === 'unconfirmed';
  const retry = () => {
    setBusy(true);
    api.retryReply(ticketId, delivery.outboxId).then(onRetried, onError).finally(() => setBusy(false));
  };
  return (
    <p className={`delivery delivery-${delivery.state}`} data-testid="delivery" data-state={delivery.state}>
      <span className="delivery-state">{t(`delivery.${delivery.state}`)}</span>
      {' · '}
      <time dateTime={delivery.at}>{formatDateTime(delivery.at)}</time>
      {broken ? <span className="delivery-reason"> — {describeDeliveryReason(i18n, delivery.reason)}</span> : null}
      {delivery.state === 'queued' && delivery.reason ? <span className="delivery-reason muted"> — {t('delivery.retrying', { reason: describeDeliveryReason(i18n, delivery.reason) })}</span> : null}
      {broken && canRetry ? (
        <>
          {' '}
          <button type="button" className="button small" disabled={busy} onClick={retry}>
            {t('delivery.retry')}
          </button>
        </>
      ) : null}
    </p>
  );
}
