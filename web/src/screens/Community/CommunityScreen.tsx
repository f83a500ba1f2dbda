/**
 * A station's community (issue 14): its groups and members (numbers masked outside the station that
 * holds the group), composing and approving broadcasts with their live delivery totals, and the results
 * of welfare check-ins, and alerts to the public (AlertsPanel). The server decides who may do what; the
 * screen only hides what would be refused.
 */
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { Panel } from '../../components/desk-bits.js';
import { useDesk } from '../../components/desk-shell.js';
import { ErrorNote } from '../../components/error-note.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import './community.css';
import { AlertsPanel } from './AlertsPanel.js';
import { communityApi, type BroadcastItem, type BroadcastView, type CheckinItem, type CheckinView, type CommunityGroup, type CommunityMember, type GroupKindView } from './community.api.js';

const LANGS = ['en', 'hi', 'mr'] as const;
type Scope = 'station' | 'zone' | 'city';
/** Totals refresh while the screen is open: receipts arrive as the outbox sends. */
const LIVE_MS = 5_000;
/** The server's broadcast templates by name, as the SHO reads them (a template added later shows its code until named here). */
const TEMPLATE_NAMES: Record<string, MessageKey> = {
  fraud_alert: 'community.template.fraud_alert',
  meeting: 'community.template.meeting',
};

export function CommunityScreen() {
  const { t, tp, lang, formatDateTime, formatNumber } = useI18n();
  const { officer, unitName } = useDesk();
  const id = useId();
  const templateName = (k: string) => {
    const key = TEMPLATE_NAMES[k];
    return key ? t(key) : k.replace(/_/g, ' ');
  };
  const [groups, setGroups] = useState<CommunityGroup[]>([]);
  const [groupId, setGroupId] = useState<number>();
  const [members, setMembers] = useState<CommunityMember[]>();
  const [broadcasts, setBroadcasts] = useState<BroadcastItem[]>([]);
  const [open, setOpen] = useState<BroadcastView>();
  const [checkins, setCheckins] = useState<CheckinItem[]>([]);
  const [checkin, setCheckin] = useState<CheckinView>();
  const [templates, setTemplates] = useState<Record<string, { en: string; hi: string; mr: string }>>({});
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState<string>();
  /** The force's group kinds (the five and its own from city.json), named in each language. */
  const [groupKinds, setGroupKinds] = useState<GroupKindView[]>([]);
  const [newKind, setNewKind] = useState<string>('senior_citizens');
  // Only an SHO drafts for the station and only a station's or zone's officer for the zone (the server refuses the rest):
  // the select starts at the first scope the officer may use, so the form never shows a station's empty group list to a DCP or the control room.
  const [scope, setScope] = useState<Scope>(() => (officer.role === 'sho' ? 'station' : officer.role === 'dcp' ? 'zone' : 'city'));
  const [picked, setPicked] = useState<number[]>([]);
  const [kinds, setKinds] = useState<string[]>([]);
  const [texts, setTexts] = useState<Record<(typeof LANGS)[number], string>>({ en: '', hi: '', mr: '' });
  const [dueHours, setDueHours] = useState(24);
  const isSho = officer.role === 'sho';
  const ownGroups = groups.filter((g) => g.stationId === officer.unitId);

  const load = useCallback(async () => {
    try {
      const [g, b, c] = await Promise.all([communityApi.groups(), communityApi.broadcasts(), communityApi.checkins()]);
      setGroups(g);
      setBroadcasts(b);
      setCheckins(c);
      setError(undefined);
    } catch (err) {
      setError(err);
    }
  }, []);

  useEffect(() => {
    void load();
    void communityApi.templates().then(setTemplates, () => setTemplates({}));
    void communityApi.kinds().then(setGroupKinds, () => setGroupKinds([]));
  }, [load]);

  useEffect(() => {
    if (groupId === undefined) return;
    communityApi.members(groupId).then(setMembers, setError);
  }, [groupId]);

  // Live totals of the open broadcast and check-in.
  useEffect(() => {
    const timer = setInterval(() => {
      if (open) communityApi.broadcast(open.id).then(setOpen, () => undefined);
      if (checkin) communityApi.checkin(checkin.id).then(setCheckin, () => undefined);
    }, LIVE_MS);
    return () => clearInterval(timer);
  }, [open, checkin]);

  const act = async (work: () => Promise<string>) => {
    setMessage(undefined);
    try {
      setMessage(await work());
      setError(undefined);
      await load();
    } catch (err) {
      setError(err);
    }
  };

  const createGroup = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      await communityApi.createGroup(newKind);
      return t('community.groupCreated');
    });
  };

  const send = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      scope,
      ...(scope === 'station' ? { groupIds: picked } : { kinds }),
      texts: Object.fromEntries(LANGS.filter((l) => texts[l].trim()).map((l) => [l, texts[l].trim()])),
    };
    void act(async () => {
      const b = await communityApi.draft(body);
      setOpen(b);
      setTexts({ en: '', hi: '', mr: '' });
      return b.status === 'queued' ? t('community.broadcastQueued') : t('community.broadcastAwaiting');
    });
  };

  const schedule = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      setCheckin(await communityApi.scheduleCheckin(Math.round(dueHours * 60)));
      return t('community.checkinScheduled');
    });
  };

  const kindName = (k: string) => groupKinds.find((x) => x.kind === k)?.name[lang] ?? k.replace(/_/g, ' ');

  return (
    <div className="community-screen">
      <div className="queue-top">
        <h1>{t('community.title')}</h1>
      </div>
      {error ? <ErrorNote error={error} /> : null}
      {message ? (
        <p className="callout" role="status">
          {message}
        </p>
      ) : null}
      <div className="community-grid">
        <Panel id="community-groups" title={t('community.groups')}>
          {groups.length === 0 ? <p className="muted">{t('community.noGroups')}</p> : null}
          <ul className="community-list" data-testid="community-groups">
            {groups.map((g) => (
              <li key={g.id}>
                <button type="button" className="link-button" aria-pressed={groupId === g.id} onClick={() => setGroupId(g.id)}>
                  {kindName(g.kind)} · {unitName(g.stationId)}
                </button>{' '}
                <span className="muted">{tp('community.memberCount', g.members)}</span>{' '}
                <span className="muted">{t('community.joinCode', { code: g.joinCode })}</span>
              </li>
            ))}
          </ul>
          {isSho ? (
            <form onSubmit={createGroup} className="inline-form">
              <label htmlFor={`${id}-kind`}>{t('community.kind')}</label>
              <select id={`${id}-kind`} value={newKind} onChange={(e) => setNewKind(e.target.value)}>
                {groupKinds.map((k) => (
                  <option key={k.kind} value={k.kind}>
                    {k.name[lang]}
                  </option>
                ))}
              </select>
              <button type="submit">{t('community.createGroup')}</button>
            </form>
          ) : null}
          {members ? (
            <div className="table-scroll">
              <table data-testid="community-members">
                <caption>{t('community.members')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('community.address')}</th>
                    <th scope="col">{t('community.language')}</th>
                    <th scope="col">{t('community.ward')}</th>
                    <th scope="col">{t('community.consent')}</th>
                    <th scope="col">{t('community.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {members.map((m) => (
                    <tr key={m.id}>
                      <td>
                        {m.channel} {m.address}
                        {m.displayName ? ` · ${m.displayName}` : ''}
                      </td>
                      <td>{m.language}</td>
                      <td>{m.ward ?? '—'}</td>
                      <td>
                        {m.consentMethod} · {formatDateTime(m.consentAt)}
                      </td>
                      <td>{m.status === 'active' ? t('community.active') : t('community.left')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </Panel>

        <Panel id="community-broadcast" title={t('community.broadcasts')}>
          {['sho', 'dcp', 'control_room', 'commissioner'].includes(officer.role) ? (
            <form onSubmit={send} className="compose-broadcast">
              <label htmlFor={`${id}-scope`}>{t('community.scope')}</label>
              <select id={`${id}-scope`} value={scope} onChange={(e) => setScope(e.target.value === 'zone' ? 'zone' : e.target.value === 'city' ? 'city' : 'station')}>
                {isSho ? <option value="station">{t('community.scope.station')}</option> : null}
                {isSho || officer.role === 'dcp' ? <option value="zone">{t('community.scope.zone')}</option> : null}
                <option value="city">{t('community.scope.city')}</option>
              </select>
              {scope === 'station' ? (
                <fieldset>
                  <legend>{t('community.toGroups')}</legend>
                  {ownGroups.map((g) => (
                    <label key={g.id} className="check">
                      <input type="checkbox" checked={picked.includes(g.id)} onChange={() => setPicked((p) => (p.includes(g.id) ? p.filter((x) => x !== g.id) : [...p, g.id]))} />
                      {kindName(g.kind)}
                    </label>
                  ))}
                </fieldset>
              ) : (
                <fieldset>
                  <legend>{t('community.toKinds')}</legend>
                  {groupKinds.map(({ kind: k }) => (
                    <label key={k} className="check">
                      <input type="checkbox" checked={kinds.includes(k)} onChange={() => setKinds((p) => (p.includes(k) ? p.filter((x) => x !== k) : [...p, k]))} />
                      {kindName(k)}
                    </label>
                  ))}
                </fieldset>
              )}
              <label htmlFor={`${id}-template`}>{t('community.template')}</label>
              <select
                id={`${id}-template`}
                defaultValue=""
                onChange={(e) => {
                  const tpl = templates[e.target.value];
                  if (tpl) setTexts({ ...tpl });
                }}
              >
                <option value="">{t('community.freeText')}</option>
                {Object.keys(templates).map((k) => (
                  <option key={k} value={k}>
                    {templateName(k)}
                  </option>
                ))}
              </select>
              {LANGS.map((l) => (
                <div key={l} className="field">
                  <label htmlFor={`${id}-text-${l}`}>{t(`community.text.${l}`)}</label>
                  <textarea id={`${id}-text-${l}`} rows={3} value={texts[l]} onChange={(e) => setTexts((x) => ({ ...x, [l]: e.target.value }))} />
                </div>
              ))}
              <button type="submit">{t('community.send')}</button>
            </form>
          ) : null}
          <ul className="community-list" data-testid="community-broadcasts">
            {broadcasts.map((b) => (
              <li key={b.id}>
                <button type="button" className="link-button" onClick={() => communityApi.broadcast(b.id).then(setOpen, setError)}>
                  #{b.id} · {t(`community.scope.${b.scope}`)} · {b.status === 'queued' ? (b.pending > 0 ? t('community.status.queued') : t('community.status.sent')) : b.status === 'cancelled' ? t('community.status.cancelled') : t('community.status.awaiting')}
                </button>{' '}
                <span className="muted">{formatDateTime(b.createdAt)}</span>{' '}
                {b.mayApprove ? (
                  <button type="button" onClick={() => void act(async () => (setOpen(await communityApi.approve(b.id)), t('community.approved')))}>
                    {t('community.approve', { id: b.id })}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {open ? (
            <section aria-labelledby={`${id}-open`} data-testid="broadcast-totals">
              <h3 id={`${id}-open`}>{t('community.broadcastN', { id: open.id })}</h3>
              <p>{open.texts.en ?? open.texts.hi ?? open.texts.mr}</p>
              <dl className="totals">
                {(['queued', 'sent', 'delivered', 'read', 'failed', 'cancelled'] as const).map((k) => (
                  <div key={k}>
                    <dt>{t(`community.state.${k}`)}</dt>
                    <dd data-testid={`total-${k}`}>{formatNumber(open.totals[k])}</dd>
                  </div>
                ))}
              </dl>
              <p className="muted">{tp('community.replies', open.replies.length)}</p>
              {open.status !== 'cancelled' && (open.status === 'awaiting_approval' || open.totals.queued > 0) ? (
                <button type="button" onClick={() => void act(async () => (setOpen(await communityApi.cancel(open.id)), t('community.cancelled')))}>
                  {t('community.cancel', { id: open.id })}
                </button>
              ) : null}
            </section>
          ) : null}
        </Panel>

        <Panel id="community-checkins" title={t('community.checkins')}>
          {isSho ? (
            <form onSubmit={schedule} className="inline-form">
              <label htmlFor={`${id}-due`}>{t('community.dueHours')}</label>
              <input id={`${id}-due`} type="number" min={1} max={168} value={dueHours} onChange={(e) => setDueHours(Number(e.target.value) || 24)} />
              <button type="submit">{t('community.scheduleCheckin')}</button>
            </form>
          ) : null}
          <ul className="community-list">
            {checkins.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => communityApi.checkin(c.id).then(setCheckin, setError)}>
                  {t('community.checkinN', { id: c.id })} · {formatDateTime(c.sendAt)}
                </button>
              </li>
            ))}
          </ul>
          {checkin ? (
            <div className="table-scroll" data-testid="checkin-results">
              <p>{t('community.answeredOf', { answered: formatNumber(checkin.answered), unanswered: formatNumber(checkin.unanswered) })}</p>
              <table>
                <caption>{t('community.checkinN', { id: checkin.id })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('community.address')}</th>
                    <th scope="col">{t('community.answer')}</th>
                    <th scope="col">{t('community.ticket')}</th>
                  </tr>
                </thead>
                <tbody>
                  {checkin.people.map((p) => (
                    <tr key={p.memberId}>
                      <td>{p.address}</td>
                      <td>{p.answer ? t(`community.answer.${p.answer}`) : t('community.noAnswerYet')}</td>
                      <td>{p.ticketId ? <a href={`/desk/tickets/${p.ticketId}`}>#{p.ticketId}</a> : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </Panel>

        <AlertsPanel />
      </div>
    </div>
  );
}
