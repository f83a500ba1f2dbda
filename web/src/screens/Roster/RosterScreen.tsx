/**
 * A station's duty roster (GET/PUT /api/desk/roster): its shifts, who is on duty now with how many open
 * tickets, and the handover notes that travel with the leaving officer's tickets at the shift change.
 * The SHO edits the shifts; every officer of the station can leave a handover note.
 */
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { Roster, ShiftInput } from '../../api/types.js';
import { Panel, useLiveRefetch } from '../../components/desk-bits.js';
import { useDesk } from '../../components/desk-shell.js';
import { ErrorNote } from '../../components/error-note.js';
import { isRosterUnit, unitsUnder, useForce } from '../../components/use-force.js';
import { useI18n } from '../../i18n/i18n.js';
import { navigate, useLocation } from '../../router.js';

const DAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/** Weekday names in the UI's language: 4 January 2026 was a Sunday. */
function weekdayNames(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return DAYS.map((d) => f.format(new Date(Date.UTC(2026, 0, 4 + d))));
}

/** A time zone as people name it in the UI's language ("India Standard Time", "भारतीय मानक समय"), not its IANA id. */
function zoneName(zone: string, locale: string): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName');
    return part?.value ?? zone;
  } catch {
    return zone;
  }
}

function toInput(r: Roster): ShiftInput[] {
  return r.shifts.map((s) => ({ name: s.name, start: s.start, end: s.end, days: [...s.days], officers: [...s.officers] }));
}

export function RosterScreen() {
  const { t, tp, label, locale, formatDateTime, formatNumber } = useI18n();
  const { officer, unitName } = useDesk();
  const { search } = useLocation();
  const force = useForce();
  const station = search.get('station') ?? undefined;
  const [roster, setRoster] = useState<Roster>();
  const [error, setError] = useState<unknown>();
  const [draft, setDraft] = useState<ShiftInput[]>();
  const [saveMessage, setSaveMessage] = useState<{ ok: true; text: string } | { ok: false; error: unknown }>();
  const [note, setNote] = useState('');
  const [noteMessage, setNoteMessage] = useState<{ ok: true; text: string } | { ok: false; error: unknown }>();
  const id = useId();
  const days = weekdayNames(locale);

  // Above the station (a DCP, the control room): the stations under the officer's unit, zone by zone.
  const mine = unitsUnder(force.data?.units.units ?? [], officer.unitId).filter((u) => u.status === 'active');
  const ownStation = mine.some((u) => u.id === officer.unitId && isRosterUnit(u));
  const zones = mine.filter((u) => u.kind === 'zone');
  const [zonePick, setZonePick] = useState('');
  const stationUnit = mine.find((u) => u.id === (station ?? roster?.station));
  const zone = zonePick || stationUnit?.parent || (zones.length === 1 ? (zones[0]?.id ?? '') : '');
  const waitForPick = !station && !ownStation && officer.role !== 'admin';

  const load = useCallback(async () => {
    if (waitForPick) return;
    try {
      setRoster(await api.roster(station));
      setError(undefined);
    } catch (err) {
      setError(err);
    }
  }, [station, waitForPick]);

  useEffect(() => {
    void load();
  }, [load]);
  useLiveRefetch(() => void load(), () => true, 500);

  const canEdit = officer.role === 'admin' || (officer.role === 'sho' && roster?.station === officer.unitId);
  const isStationOfficer = roster?.station === officer.unitId;
  const stations = mine.filter((u) => isRosterUnit(u) && (zones.length === 0 || !zone || u.parent === zone));
  const names = new Map((roster?.officers ?? []).map((o) => [o.id, o.name]));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setSaveMessage(undefined);
    try {
      const r = await api.putRoster(draft, station);
      setRoster(r);
      setDraft(undefined);
      setSaveMessage({ ok: true, text: t('roster.saved') });
    } catch (err) {
      setSaveMessage({ ok: false, error: err });
    }
  };

  const addNote = async (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return;
    setNoteMessage(undefined);
    try {
      await api.handover(note.trim());
      setNote('');
      setNoteMessage({ ok: true, text: t('roster.noteSaved') });
      await load();
    } catch (err) {
      setNoteMessage({ ok: false, error: err });
    }
  };

  const patch = (i: number, p: Partial<ShiftInput>) => setDraft((d) => d?.map((s, j) => (j === i ? { ...s, ...p } : s)));
  const toggle = <T,>(list: readonly T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  return (
    <div className="roster-screen">
      <div className="queue-top">
        <h1>
          {t('roster.title')}
          {roster ? `: ${unitName(roster.station)}` : ''}
        </h1>
        {zones.length > 1 ? (
          <label className="filter">
            <span>{t('roster.zone')}</span>
            <select value={zone} onChange={(e) => setZonePick(e.target.value)}>
              <option value="">—</option>
              {zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {unitName(z.id)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {officer.unitId !== roster?.station || station ? (
          <label className="filter">
            <span>{t('ticket.station')}</span>
            <select value={station ?? roster?.station ?? ''} onChange={(e) => navigate(`/desk/roster?station=${encodeURIComponent(e.target.value)}`, { replace: true })}>
              {!station && !roster ? <option value="">—</option> : null}
              {station && !stations.some((s) => s.id === station) ? <option value={station}>{unitName(station)}</option> : null}
              {stations.map((s) => (
                <option key={s.id} value={s.id}>
                  {unitName(s.id)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {error ? <ErrorNote error={error} /> : null}
      {waitForPick ? <p className="callout" data-testid="pick-station">{t('roster.pickStation')}</p> : null}
      {!roster && !error && !waitForPick ? <p className="muted">{t('common.loading')}</p> : null}
      {roster ? (
        <div className="roster-grid">
          <Panel id="duty" title={t('roster.onDutyNow')} className="panel-duty">
            {roster.onDutyNow.length === 0 ? <p className="callout">{t('roster.nobody')}</p> : null}
            <ul className="officer-list" data-testid="on-duty">
              {roster.officers
                .filter((o) => o.onDuty)
                .map((o) => (
                  <li key={o.id}>
                    <span className="dot on" aria-hidden="true" /> <strong>{o.name}</strong> <span className="muted">{label('role', o.role)}</span>{' '}
                    <span className="load">{tp('roster.open', o.openTickets)}</span>
                  </li>
                ))}
            </ul>
            <h3>{t('roster.offDuty')}</h3>
            <ul className="officer-list muted">
              {roster.officers
                .filter((o) => !o.onDuty)
                .map((o) => (
                  <li key={o.id}>
                    {o.name} · {tp('roster.open', o.openTickets)}
                  </li>
                ))}
            </ul>
            <p className="hint">{t('roster.timeZone', { zone: zoneName(roster.timeZone, locale) })}</p>
            {canEdit ? <CapacityForm roster={roster} station={station} onSaved={setRoster} /> : null}
          </Panel>

          <Panel id="shifts" title={t('roster.shifts')} className="panel-shifts">
            {!draft ? (
              <>
                {roster.shifts.length === 0 ? <p className="muted">{t('roster.noShifts')}</p> : null}
                <ul className="shift-list" data-testid="shifts">
                  {roster.shifts.map((s) => (
                    <li key={s.id}>
                      <strong>{s.name}</strong>{' '}
                      <span className="shift-time">
                        {s.start}–{s.end}
                      </span>{' '}
                      <span className="muted">{s.days.length === 7 ? t('roster.everyDay') : s.days.map((d) => days[d]).join(', ')}</span>
                      <br />
                      <span>{s.officers.map((o) => names.get(o) ?? `#${formatNumber(o)}`).join(', ') || '—'}</span>
                    </li>
                  ))}
                </ul>
                {canEdit ? (
                  <button type="button" className="button" onClick={() => setDraft(toInput(roster))}>
                    {t('roster.edit')}
                  </button>
                ) : (
                  <p className="hint">{t('roster.shoOnly')}</p>
                )}
              </>
            ) : (
              <form onSubmit={(e) => void save(e)} className="shift-editor" aria-label={t('roster.edit')}>
                {draft.map((s, i) => (
                  <fieldset key={i} className="shift-edit">
                    <legend>{s.name || t('roster.shiftN', { n: i + 1 })}</legend>
                    <div className="form-grid">
                      <div className="field">
                        <label htmlFor={`${id}-${i}-n`}>{t('roster.shiftName')}</label>
                        <input id={`${id}-${i}-n`} value={s.name} onChange={(e) => patch(i, { name: e.target.value })} required maxLength={100} />
                      </div>
                      <div className="field">
                        <label htmlFor={`${id}-${i}-s`}>{t('roster.start')}</label>
                        <input id={`${id}-${i}-s`} type="time" value={s.start} onChange={(e) => patch(i, { start: e.target.value })} required />
                      </div>
                      <div className="field">
                        <label htmlFor={`${id}-${i}-e`}>{t('roster.end')}</label>
                        <input id={`${id}-${i}-e`} type="time" value={s.end} onChange={(e) => patch(i, { end: e.target.value })} required />
                      </div>
                    </div>
                    <fieldset className="checks">
                      <legend>{t('roster.days')}</legend>
                      {DAYS.map((d) => (
                        <label key={d} className="check">
                          <input type="checkbox" checked={(s.days ?? []).includes(d)} onChange={() => patch(i, { days: toggle(s.days ?? [], d).sort() })} /> {days[d]}
                        </label>
                      ))}
                    </fieldset>
                    <fieldset className="checks">
                      <legend>{t('roster.officers')}</legend>
                      {roster.officers.map((o) => (
                        <label key={o.id} className="check">
                          <input type="checkbox" checked={s.officers.includes(o.id)} onChange={() => patch(i, { officers: toggle(s.officers, o.id) })} /> {o.name}
                        </label>
                      ))}
                    </fieldset>
                    <button type="button" className="button small" onClick={() => setDraft((d) => d?.filter((_, j) => j !== i))}>
                      {t('roster.remove')}
                    </button>
                  </fieldset>
                ))}
                <div className="inline-actions">
                  <button type="button" className="button" onClick={() => setDraft((d) => [...(d ?? []), { name: '', start: '08:00', end: '16:00', days: [...DAYS], officers: [] }])}>
                    {t('roster.addShift')}
                  </button>
                  <button type="submit" className="button primary">
                    {t('roster.save')}
                  </button>
                  <button type="button" className="button" onClick={() => setDraft(undefined)}>
                    {t('roster.cancel')}
                  </button>
                </div>
              </form>
            )}
            {saveMessage?.ok ? (
              <p className="form-ok" role="status">
                {saveMessage.text}
              </p>
            ) : saveMessage ? (
              <ErrorNote error={saveMessage.error} />
            ) : null}
          </Panel>

          <Panel id="handover" title={t('roster.handover')} className="panel-handover">
            {roster.handoverNotes.length === 0 ? <p className="muted">{t('roster.noNotes')}</p> : null}
            <ul className="handover-list" data-testid="handover-notes">
              {roster.handoverNotes.map((n) => (
                <li key={n.id}>
                  <strong>{n.fromName}</strong> · <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                  <p className="message-text">{n.note}</p>
                </li>
              ))}
            </ul>
            {isStationOfficer ? (
              <form onSubmit={(e) => void addNote(e)} aria-label={t('roster.addNote')}>
                <div className="field">
                  <label htmlFor={`${id}-note`}>{t('roster.noteLabel')}</label>
                  <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={4000} />
                  <p className="hint">{t('roster.noteHint')}</p>
                </div>
                <button type="submit" className="button" disabled={!note.trim()}>
                  {t('roster.addNote')}
                </button>
                {noteMessage?.ok ? (
                  <p className="form-ok" role="status">
                    {noteMessage.text}
                  </p>
                ) : noteMessage ? (
                  <ErrorNote error={noteMessage.error} />
                ) : null}
              </form>
            ) : null}
          </Panel>
        </div>
      ) : null}
    </div>
  );
}

/**
 * The SHO's limit per officer: how many open tickets auto-assignment gives each (empty: the force's
 * default). A ticket that finds everyone on duty at their limit waits, and its audit trail says so.
 */
function CapacityForm({ roster, onSaved }: { roster: Roster; station: string | undefined; onSaved: (r: Roster) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<{ ok: true; text: string } | { ok: false; error: unknown }>();
  const save = async (e: FormEvent, officerId: number) => {
    e.preventDefault();
    setMessage(undefined);
    const raw = (values[officerId] ?? '').trim();
    try {
      const r = await api.setCapacity(officerId, raw === '' ? null : Number(raw));
      onSaved(r);
      setMessage({ ok: true, text: t('roster.capacitySaved') });
    } catch (err) {
      setMessage({ ok: false, error: err });
    }
  };
  return (
    <section aria-labelledby={`${id}-title`} className="capacity" data-testid="capacity">
      <h3 id={`${id}-title`}>{t('roster.capacity')}</h3>
      <p className="muted small-text">{t('roster.capacityHint')}</p>
      <ul className="officer-list">
        {roster.officers.map((o) => (
          <li key={o.id}>
            <form className="inline-actions" onSubmit={(e) => void save(e, o.id)}>
              <label htmlFor={`${id}-${o.id}`}>{o.name}</label>
              <input
                id={`${id}-${o.id}`}
                className="capacity-input"
                type="number"
                min={1}
                max={500}
                inputMode="numeric"
                placeholder={String(o.capacity)}
                value={values[o.id] ?? (o.ownCapacity === null ? '' : String(o.ownCapacity))}
                onChange={(e) => setValues((v) => ({ ...v, [o.id]: e.target.value }))}
              />
              <button type="submit" className="button small" aria-label={t('roster.capacitySave', { name: o.name })}>
                {t('roster.capacitySaveShort')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {message ? message.ok ? <p className="form-ok" role="status">{message.text}</p> : <ErrorNote error={message.error} /> : null}
    </section>
  );
}
