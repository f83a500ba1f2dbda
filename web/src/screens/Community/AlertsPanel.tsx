/**
 * Alerts to the public (issue 14): the control room or the Commissioner picks zones and stations, writes
 * the alert in en/hi/mr and the language of its X post, and watches it go out: totals overall, per
 * station and per channel (the X posts as the channel X), refreshed while anything is still queued,
 * with a cancel until it is sent. Officers of the stations it reached see it without the form.
 */
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { Panel } from '../../components/desk-bits.js';
import { useDesk } from '../../components/desk-shell.js';
import { ErrorNote } from '../../components/error-note.js';
import { useForce } from '../../components/use-force.js';
import { useI18n } from '../../i18n/i18n.js';
import { communityApi, type AlertItem, type AlertView } from './community.api.js';

const ALERT_KINDS = ['missing_child', 'road_closed', 'fraud', 'other'] as const;
const LANGS = ['en', 'hi', 'mr'] as const;
const STATES = ['queued', 'sent', 'delivered', 'read', 'failed', 'cancelled'] as const;
/** Totals refresh this often while some of the alert is still queued. */
const LIVE_MS = 2_000;

export function AlertsPanel() {
  const { t, tp, formatDateTime, formatNumber } = useI18n();
  const { officer, unitName } = useDesk();
  const force = useForce();
  const id = useId();
  const mayAlert = officer.role === 'control_room' || officer.role === 'commissioner';
  const [alerts, setAlerts] = useState<AlertItem[]>([]);
  const [open, setOpen] = useState<AlertView>();
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState<string>();
  const [kind, setKind] = useState<(typeof ALERT_KINDS)[number]>('missing_child');
  const [units, setUnits] = useState<string[]>([]);
  const [texts, setTexts] = useState<Record<(typeof LANGS)[number], string>>({ en: '', hi: '', mr: '' });
  const [postLanguage, setPostLanguage] = useState<(typeof LANGS)[number]>('mr');
  const all = force.data?.units.units ?? [];
  const zones = all.filter((u) => u.kind === 'zone' && u.status === 'active');
  const stations = all.filter((u) => u.kind === 'station' && u.status === 'active');

  const load = useCallback(async () => {
    try {
      setAlerts(await communityApi.alerts());
      setError(undefined);
    } catch (err) {
      setError(err);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const live = open !== undefined && (open.totals.queued > 0 || open.posts.some((p) => p.state === 'queued'));
  useEffect(() => {
    if (!open || !live) return;
    const timer = setInterval(() => communityApi.alert(open.id).then(setOpen, () => undefined), LIVE_MS);
    return () => clearInterval(timer);
  }, [open, live]);

  const toggle = (unitId: string) => setUnits((u) => (u.includes(unitId) ? u.filter((x) => x !== unitId) : [...u, unitId]));

  const send = (e: FormEvent) => {
    e.preventDefault();
    setMessage(undefined);
    const body = {
      kind,
      unitIds: units,
      postLanguage,
      texts: Object.fromEntries(LANGS.filter((l) => texts[l].trim()).map((l) => [l, texts[l].trim()])),
    };
    communityApi.sendAlert(body).then(
      async (a) => {
        setOpen(a);
        setTexts({ en: '', hi: '', mr: '' });
        setUnits([]);
        // No member in the chosen stations: the server took it because it goes on X; say so rather than "0 people".
        setMessage(a.totals.total === 0 ? tp('community.alert.sentOnX', a.posts.length) : tp('community.alert.sent', a.totals.total));
        setError(undefined);
        await load();
      },
      setError,
    );
  };

  const cancel = (alertId: number) => {
    setMessage(undefined);
    communityApi.cancelAlert(alertId).then(
      async (a) => {
        setOpen(a);
        setMessage(t('community.alert.cancelled'));
        await load();
      },
      setError,
    );
  };

  const channelName = (c: string) => (c === 'whatsapp' || c === 'telegram' || c === 'x' ? t(`community.channel.${c}`) : c);

  return (
    <Panel id="community-alerts" title={t('community.alerts')}>
      {error ? <ErrorNote error={error} /> : null}
      {message ? (
        <p className="callout" role="status">
          {message}
        </p>
      ) : null}
      {mayAlert ? (
        <form onSubmit={send} className="compose-broadcast" data-testid="alert-form">
          <label htmlFor={`${id}-kind`}>{t('community.alert.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(ALERT_KINDS.find((k) => k === e.target.value) ?? 'other')}>
            {ALERT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`community.alert.kind.${k}`)}
              </option>
            ))}
          </select>
          <fieldset>
            <legend>{t('community.alert.zones')}</legend>
            {zones.map((z) => (
              <label key={z.id} className="check">
                <input type="checkbox" checked={units.includes(z.id)} onChange={() => toggle(z.id)} />
                {unitName(z.id)}
              </label>
            ))}
          </fieldset>
          <details>
            <summary>{t('community.alert.stations')}</summary>
            <fieldset>
              <legend>{t('community.alert.stations')}</legend>
              {stations.map((s) => (
                <label key={s.id} className="check">
                  <input type="checkbox" checked={units.includes(s.id)} onChange={() => toggle(s.id)} />
                  {unitName(s.id)}
                </label>
              ))}
            </fieldset>
          </details>
          {LANGS.map((l) => (
            <div key={l} className="field">
              <label htmlFor={`${id}-text-${l}`}>{t(`community.text.${l}`)}</label>
              <textarea id={`${id}-text-${l}`} rows={3} value={texts[l]} onChange={(e) => setTexts((x) => ({ ...x, [l]: e.target.value }))} />
            </div>
          ))}
          <label htmlFor={`${id}-post`}>{t('community.alert.postLanguage')}</label>
          <select id={`${id}-post`} value={postLanguage} onChange={(e) => setPostLanguage(LANGS.find((l) => l === e.target.value) ?? 'en')}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`leadership.lang.${l}`)}
              </option>
            ))}
          </select>
          <button type="submit">{t('community.alert.send')}</button>
        </form>
      ) : null}
      {alerts.length === 0 ? <p className="muted">{t('community.alert.none')}</p> : null}
      <ul className="community-list" data-testid="community-alerts">
        {alerts.map((a) => (
          <li key={a.id}>
            <button type="button" className="link-button" onClick={() => communityApi.alert(a.id).then(setOpen, setError)}>
              {t('community.alert.n', { id: a.id })} · {t(`community.alert.kind.${a.kind}`)} · {tp('community.alert.stationCount', a.stations)} ·{' '}
              {a.status === 'cancelled' ? t('community.status.cancelled') : a.pending > 0 ? t('community.status.queued') : t('community.status.sent')}
            </button>{' '}
            <span className="muted">{formatDateTime(a.createdAt)}</span>
          </li>
        ))}
      </ul>
      {open ? (
        <section aria-labelledby={`${id}-open`} data-testid="alert-totals">
          <h3 id={`${id}-open`}>
            {t('community.alert.n', { id: open.id })} · {t(`community.alert.kind.${open.kind}`)}
          </h3>
          <p>{open.texts.en ?? open.texts.hi ?? open.texts.mr}</p>
          <dl className="totals">
            {STATES.map((k) => (
              <div key={k}>
                <dt>{t(`community.state.${k}`)}</dt>
                <dd data-testid={`alert-total-${k}`}>{formatNumber(open.totals[k])}</dd>
              </div>
            ))}
          </dl>
          <TotalsTable
            testId="alert-by-station"
            caption={t('community.alert.byStation')}
            rowHeader={t('community.alert.station')}
            rows={open.byStation.map((s) => ({ key: s.stationId, name: unitName(s.stationId), counts: s }))}
          />
          <TotalsTable
            testId="alert-by-channel"
            caption={t('community.alert.byChannel')}
            rowHeader={t('community.alert.channel')}
            rows={open.byChannel.map((c) => ({ key: c.channel, name: channelName(c.channel), counts: c }))}
          />
          <h4>{t('community.alert.posts')}</h4>
          {open.posts.length === 0 ? <p className="muted">{t('community.alert.noPosts')}</p> : null}
          <ul className="community-list" data-testid="alert-posts">
            {open.posts.map((p) => (
              <li key={p.account}>
                @{p.account} · {p.stationId ? unitName(p.stationId) : t('community.alert.forceAccount')} · {t(`community.state.${p.state}`)}
              </li>
            ))}
          </ul>
          {open.postText ? <p className="muted" lang={open.postLanguage}>{open.postText}</p> : null}
          {open.mayCancel ? (
            <button type="button" onClick={() => cancel(open.id)}>
              {t('community.alert.cancel', { id: open.id })}
            </button>
          ) : null}
        </section>
      ) : null}
    </Panel>
  );
}

/** An alert's totals by one dimension (station, channel): a row per value, a column per state, and the total. */
function TotalsTable({ testId, caption, rowHeader, rows }: { testId: string; caption: string; rowHeader: string; rows: ReadonlyArray<{ key: string; name: string; counts: Record<(typeof STATES)[number] | 'total', number> }> }) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="table-scroll">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {STATES.map((k) => (
              <th key={k} scope="col">
                {t(`community.state.${k}`)}
              </th>
            ))}
            <th scope="col">{t('community.alert.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              {STATES.map((k) => (
                <td key={k}>{formatNumber(r.counts[k])}</td>
              ))}
              <td>{formatNumber(r.counts.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
