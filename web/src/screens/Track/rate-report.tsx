/**
 * On a closed report's tracking page, the citizen rates the police's response, 1 to 5 and a word, once
 * (as a citizen on WhatsApp or Telegram does by replying to the question sent after closing).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { trackingRatingSchema } from '../../../../src/feedback/rating.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import './rate-report.css';

type RatingView = z.infer<typeof trackingRatingSchema>;

export function RateReport({ reference, token }: { reference: string; token: string }) {
  const { t } = useI18n();
  const id = useId();
  const [view, setView] = useState<RatingView>();
  const [score, setScore] = useState<number>();
  const [word, setWord] = useState('');
  const [state, setState] = useState<'sending' | 'choose' | 'failed'>();
  const url = `/api/public/reports/${encodeURIComponent(reference)}/rating`;

  useEffect(() => {
    const ac = new AbortController();
    fetch(`${url}?token=${encodeURIComponent(token)}`, { headers: { accept: 'application/json' }, signal: ac.signal })
      .then((r) => (r.ok ? (r.json() as Promise<RatingView>) : undefined))
      .then(setView, () => undefined);
    return () => ac.abort();
  }, [url, token]);

  if (!view) return null;
  if (view.score !== null) {
    return (
      <p className="callout info" role="status" data-testid="track-rated">
        {t('track.rate.done', { score: view.score, max: 5 })}
      </p>
    );
  }
  if (!view.canRate) return null;

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!score) {
      setState('choose');
      return;
    }
    setState('sending');
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ token, score, ...(word.trim() ? { word: word.trim() } : {}) }),
      });
      if (!res.ok) throw new Error(String(res.status));
      setView({ ...view, canRate: false, score, word: word.trim() || null });
      setState(undefined);
    } catch {
      setState('failed');
    }
  };

  return (
    <form className="card form" onSubmit={send} noValidate aria-labelledby={`${id}-title`} data-testid="track-rate">
      <h2 id={`${id}-title`}>{t('track.rate.title')}</h2>
      <fieldset className="field" aria-describedby={`${id}-status`}>
        <legend>{t('track.rate.legend')}</legend>
        <div className="rate-scores">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="rate-score">
              <input type="radio" name={`${id}-score`} value={n} checked={score === n} onChange={() => setScore(n)} />
              {t(`leadership.score.${n}` as MessageKey)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-word`}>{t('track.rate.word')}</label>
        <input id={`${id}-word`} type="text" maxLength={40} value={word} onChange={(e) => setWord(e.target.value)} />
      </div>
      <p id={`${id}-status`} role="status" className={state === 'choose' || state === 'failed' ? 'error' : 'visually-hidden'}>
        {state === 'choose' ? t('track.rate.choose') : state === 'failed' ? t('track.rate.failed') : ''}
      </p>
      <button type="submit" className="button primary" disabled={state === 'sending'}>
        {t('track.rate.submit')}
      </button>
    </form>
  );
}
