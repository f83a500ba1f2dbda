/** The desk's login: username and password; a wrong pair is said plainly and announced. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/client.js';
import { LanguageSwitch } from '../../components/language-switch.js';
import { useI18n } from '../../i18n/i18n.js';
import { navigate, useLocation } from '../../router.js';

function safeNext(next: string | null): string {
  // Only paths of this desk: never an open redirect.
  return next && next.startsWith('/desk') && !next.startsWith('//') ? next : '/desk';
}

export function LoginScreen() {
  const { t } = useI18n();
  const { search } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ids = { user: useId(), pass: useId() };
  const userRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError(t('login.required'));
      userRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.logIn(username.trim(), password);
      navigate(safeNext(search.get('next')), { replace: true });
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t('login.invalid') : err instanceof ApiError && err.status === 400 ? t('login.required') : t('common.networkError'));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

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
