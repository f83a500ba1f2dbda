/**
 * The silence alarm on the city's desk: a channel that has been quiet too long (channel.silent) shows
 * a strip that says which and for how long, until an officer dismisses it. role="alert" makes a screen
 * reader say it as it appears.
 */
import { useI18n } from '../i18n/i18n.js';
import { useDesk } from './desk-shell.js';

export function SilenceAlarm() {
  const { t, label, formatMinutes } = useI18n();
  const { silentChannels, dismissSilence } = useDesk();
  if (silentChannels.length === 0) return null;
  return (
    <div className="alarms">
      {silentChannels.map((c) => {
        const channel = label('channel', c.channel);
        return (
          <div key={c.channel} className="alarm" role="alert" data-testid="silence-alarm" data-channel={c.channel}>
            <p className="alarm-text">{t('silence.alert', { channel, duration: formatMinutes(Math.max(1, Math.round(c.silentForMs / 60_000))) })}</p>
            <button type="button" className="button small" aria-label={t('silence.dismissLabel', { channel })} onClick={() => dismissSilence(c.channel)}>
              {t('silence.dismiss')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
