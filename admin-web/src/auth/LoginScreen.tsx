/** Sign-in with a local account: POST /auth/login sets the session cookie. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, auth } from '../api/client';
import { useI18n } from '../i18n';
import { useSession } from './session';

export function LoginScreen() {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      signedIn(await auth.login(username.trim(), password));
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 401
          ? t('auth.wrong')
          : t('common.error', { message: (err as Error).message }),
      );
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="login-title" className="login">
      <h2 id="login-title">{t('auth.title')}</h2>
      <form onSubmit={submit} data-testid="login-form">
        <p>
          <label>
            {t('auth.username')}
            <br />
            <input
              name="username"
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              required
              autoFocus
            />
          </label>
        </p>
        <p>
          <label>
            {t('auth.password')}
            <br />
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </label>
        </p>
        <button type="submit" disabled={busy}>
          {busy ? t('common.loading') : t('auth.signIn')}
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
