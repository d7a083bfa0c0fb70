/**
 * API tokens for machines (the HR system), for admins: the list (never a secret), a new token
 * whose secret is shown this once, and revoking one (GET/POST /tokens, DELETE /tokens/{id}).
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { auth } from '../api/client';
import type { NewApiToken } from '../api/client';
import { useI18n } from '../i18n';
import { useAsync } from '../shell/useAsync';

export function TokensScreen() {
  const { t } = useI18n();
  const tokens = useAsync(() => auth.tokens(), []);
  const [name, setName] = useState('');
  const [made, setMade] = useState<NewApiToken>();
  const [error, setError] = useState<string>();

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      setMade(await auth.createToken(name.trim()));
      setName('');
      tokens.reload();
    } catch (err) {
      setError(t('common.error', { message: (err as Error).message }));
    }
  }

  async function revoke(id: number) {
    setError(undefined);
    try {
      await auth.revokeToken(id);
      tokens.reload();
    } catch (err) {
      setError(t('common.error', { message: (err as Error).message }));
    }
  }

  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('tokens.title')}</h2>
      <p>{t('tokens.intro')}</p>
      <form onSubmit={create} className="inline-form">
        <label>
          {t('tokens.name')}{' '}
          <input name="tokenName" value={name} onChange={(e) => setName(e.target.value)} required maxLength={128} />
        </label>{' '}
        <button type="submit">{t('tokens.create')}</button>
      </form>
      {made && (
        <p role="status" data-testid="token-secret">
          {t('tokens.secret', { name: made.name })} <code>{made.secret}</code>
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {tokens.value && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('tokens.name')}</th>
              <th scope="col">{t('tokens.scope')}</th>
              <th scope="col">{t('tokens.created')}</th>
              <th scope="col">{t('tokens.state')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.value.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  <code>{token.scope}</code>
                </td>
                <td>{new Date(token.createdAt).toLocaleString()}</td>
                <td>
                  {token.revokedAt ? (
                    t('tokens.revoked', { at: new Date(token.revokedAt).toLocaleString() })
                  ) : (
                    <button type="button" className="secondary" onClick={() => void revoke(token.id)}>
                      {t('tokens.revoke', { name: token.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
