/**
 * The desk's login: username and password; a wrong pair, or an account locked after repeated failures
 * (429, with how long to wait), is said plainly in the UI's language and announced.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { LanguageSwitch } from '../../components/language-switch.js';
import { describeError } from '../../i18n/errors.js';
import { useI18n } from '../../i18n/i18n.js';
import { navigate, useLocation } from '../../router.js';

function safeNext(next: string | null): string {
  // Only paths of this desk: never an open redirect.
  return next && next.startsWith('/desk') && !next.startsWith('//') ? next : '/desk';
}

export function LoginScreen() {
  const i18n = useI18n();
  const { t } = i18n;
  const { search } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // 'required' before asking the server; else what the server answered (described in the current language).
  const [failure, setFailure] = useState<{ required: true } | { error: unknown }>();
  const [busy, setBusy] = useState(false);
  const ids = { user: useId(), pass: useId() };
  const userRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setFailure({ required: true });
      userRef.current?.focus();
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await api.logIn(username.trim(), password);
      navigate(safeNext(search.get('next')), { replace: true });
    } catch (err) {
      setFailure({ error: err });
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const error = !failure
    ? undefined
    : 'required' in failure
      ? t('login.required')
      : describeError(failure.error, i18n, { INVALID_CREDENTIALS: 'login.invalid', UNAUTHENTICATED: 'login.invalid', VALIDATION_FAILED: 'login.required' }).text;

  return (
    <div className="login-page">
      <main id="main" className="login-main">
        <div className="login-top">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true">
              च
            </span>
            <span className="brand-name">{t('app.name')}</span>
          </span>
          <LanguageSwitch />
        </div>
        <form className="card form login-card" onSubmit={submit} noValidate>
          <h1>{t('login.title')}</h1>
          <p className="muted">{t('login.intro')}</p>
          <div role="alert" className={error ? 'form-error' : 'visually-hidden'} data-testid="login-error">
            {error ?? ''}
          </div>
          <div className="field">
            <label htmlFor={ids.user}>{t('login.username')}</label>
            <input
              id={ids.user}
              ref={userRef}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setUsername(e.target.value)}
              autoFocus
            />
          </div>
          <div className="field">
            <label htmlFor={ids.pass}>{t('login.password')}</label>
            <input
              id={ids.pass}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className="button primary block" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
