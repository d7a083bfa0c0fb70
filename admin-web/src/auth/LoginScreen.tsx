/**
 * Sign-in with a local account (POST /auth/login sets the session cookie) and, when the server has
 * single sign-on configured, a link to the university's provider: a plain navigation, because the
 * provider's own page comes next and its redirect back sets the same session cookie.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, auth, singleSignOn } from '../api/client';
import { useAsync } from '../shell/useAsync';
import { useI18n } from '../i18n';
import { useSession } from './session';

export function LoginScreen() {
  const { t, locale } = useI18n();
  const { signedIn } = useSession();
  const sso = useAsync(() => singleSignOn.settings(), []);
  const provider = sso.value?.enabled && sso.value.loginPath ? sso.value : undefined;
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
      {provider && (
        <>
          <p>
            <a className="button-link" href={singleSignOn.loginUrl(provider.loginPath!)} data-testid="sso-login">
              {t('accounts.sso.signIn', {
                name: (locale === 'zh-CN' && provider.nameZh) || provider.name || 'SSO',
              })}
            </a>
          </p>
          <p>{t('accounts.sso.or')}</p>
        </>
      )}
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
