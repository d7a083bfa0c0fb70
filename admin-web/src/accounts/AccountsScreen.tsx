/**
 * Accounts for admins: the list, a new local account (role, and the person or unit it is tied to;
 * a generated password is shown this once), and for one chosen account: change the role, disable
 * or enable, reset the password, and the recorded history (who, when). Every control has a label
 * and is reached with Tab; results are announced (role=status / role=alert).
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ACCOUNT_ROLES, accountsApi } from '../api/client';
import type { Account, AccountPassword, AccountRole } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { useAsync } from '../shell/useAsync';

const when = (d: string | Date | null) => (d ? new Date(d).toLocaleString() : '');

/** The role picker with the person or unit field the role needs. */
function RoleFields(props: {
  idPrefix: string;
  role: AccountRole;
  personCode: string;
  unitCode: string;
  onChange: (role: AccountRole, personCode: string, unitCode: string) => void;
}) {
  const { t } = useI18n();
  const { role, personCode, unitCode, onChange } = props;
  const needsPerson = role === 'faculty' || role === 'student';
  return (
    <>
      <label>
        {t('accounts.role')}{' '}
        <select
          name={`${props.idPrefix}Role`}
          value={role}
          onChange={(e) => onChange(e.target.value as AccountRole, personCode, unitCode)}
        >
          {ACCOUNT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`auth.role.${r}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>{' '}
      {needsPerson && (
        <label>
          {t('accounts.personCode')}{' '}
          <input
            name={`${props.idPrefix}Person`}
            value={personCode}
            required
            maxLength={64}
            onChange={(e) => onChange(role, e.target.value, unitCode)}
          />
        </label>
      )}
      {role === 'unit-secretary' && (
        <label>
          {t('accounts.unitCode')}{' '}
          <input
            name={`${props.idPrefix}Unit`}
            value={unitCode}
            required
            maxLength={64}
            onChange={(e) => onChange(role, personCode, e.target.value)}
          />
        </label>
      )}
    </>
  );
}

function bindingOf(role: AccountRole, personCode: string, unitCode: string) {
  return {
    personCode: role === 'faculty' || role === 'student' ? personCode.trim() || null : null,
    unitCode: role === 'unit-secretary' ? unitCode.trim() || null : null,
  };
}

export function AccountsScreen() {
  const { t } = useI18n();
  const accounts = useAsync(() => accountsApi.list(), []);
  const [chosen, setChosen] = useState<string>();
  const [error, setError] = useState<string>();
  const [shown, setShown] = useState<AccountPassword>();

  // the new account's form
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<AccountRole>('staff');
  const [personCode, setPersonCode] = useState('');
  const [unitCode, setUnitCode] = useState('');
  const [password, setPassword] = useState('');

  async function run(work: () => Promise<unknown>) {
    setError(undefined);
    try {
      await work();
      accounts.reload();
    } catch (err) {
      setError(t('common.error', { message: (err as Error).message }));
    }
  }

  function create(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const made = await accountsApi.create({
        username: username.trim(),
        role,
        ...bindingOf(role, personCode, unitCode),
        password: password || null,
      });
      setShown(made);
      setUsername('');
      setPassword('');
    });
  }

  const account = accounts.value?.find((a) => a.username === chosen);
  return (
    <section aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t('accounts.title')}</h2>
      <p>{t('accounts.intro')}</p>
      <form onSubmit={create} className="inline-form" data-testid="account-new">
        <fieldset>
          <legend>{t('accounts.new')}</legend>
          <label>
            {t('accounts.username')}{' '}
            <input name="newUsername" value={username} required maxLength={128}
              onChange={(e) => setUsername(e.target.value)} />
          </label>{' '}
          <RoleFields idPrefix="new" role={role} personCode={personCode} unitCode={unitCode}
            onChange={(r, p, u) => { setRole(r); setPersonCode(p); setUnitCode(u); }} />{' '}
          <label>
            {t('accounts.password')}{' '}
            <input name="newPassword" type="password" autoComplete="new-password" value={password}
              minLength={10} maxLength={1024} onChange={(e) => setPassword(e.target.value)} />
          </label>{' '}
          <button type="submit">{t('accounts.create')}</button>
        </fieldset>
      </form>
      {shown && (
        <p role="status" data-testid="account-password">
          {shown.password
            ? <>{t('accounts.generated', { name: shown.username })} <code>{shown.password}</code></>
            : t('accounts.passwordSet', { name: shown.username })}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {accounts.value && (
        <table data-testid="accounts">
          <thead>
            <tr>
              <th scope="col">{t('accounts.username')}</th>
              <th scope="col">{t('accounts.role')}</th>
              <th scope="col">{t('accounts.binding')}</th>
              <th scope="col">{t('accounts.state')}</th>
              <th scope="col">{t('accounts.changed')}</th>
              <th scope="col">{t('accounts.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.value.map((a) => (
              <tr key={a.username} aria-selected={a.username === chosen} data-username={a.username}>
                <td>{a.username}</td>
                <td>{t(`auth.role.${a.role}` as MessageKey)}</td>
                <td>{a.personCode ?? a.unitCode ?? ''}</td>
                <td>{a.disabledAt ? t('accounts.disabledSince', { at: when(a.disabledAt) }) : t('accounts.enabled')}</td>
                <td>{a.updatedBy ? t('accounts.changedBy', { who: a.updatedBy, at: when(a.updatedAt) }) : when(a.createdAt)}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => { setChosen(a.username); setShown(undefined); }}>
                    {t('accounts.manage', { name: a.username })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {account && (
        // keyed by the account alone: after a change the panel stays, and so does the focus
        <AccountPanel key={account.username} account={account}
          run={run} onPassword={setShown} />
      )}
    </section>
  );
}

function AccountPanel(props: {
  account: Account;
  run: (work: () => Promise<unknown>) => Promise<void>;
  onPassword: (p: AccountPassword) => void;
}) {
  const { t } = useI18n();
  const { account, run } = props;
  const events = useAsync(() => accountsApi.events(account.username), [account.username, account.updatedAt]);
  const [role, setRole] = useState<AccountRole>(account.role);
  const [personCode, setPersonCode] = useState(account.personCode ?? '');
  const [unitCode, setUnitCode] = useState(account.unitCode ?? '');
  const [password, setPassword] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // a keyboard user who chose an account lands on its panel, not back at the top of the list
  useEffect(() => heading.current?.focus(), [account.username]);

  function saveRole(e: FormEvent) {
    e.preventDefault();
    const b = bindingOf(role, personCode, unitCode);
    void run(() => accountsApi.changeRole(account.username, role, b.personCode, b.unitCode));
  }

  function reset(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      props.onPassword(await accountsApi.resetPassword(account.username, password || null));
      setPassword('');
    });
  }

  return (
    <section aria-labelledby="account-title" data-testid="account-panel">
      <h3 id="account-title" ref={heading} tabIndex={-1}>{t('accounts.panel', { name: account.username })}</h3>
      <form onSubmit={saveRole} className="inline-form">
        <RoleFields idPrefix="edit" role={role} personCode={personCode} unitCode={unitCode}
          onChange={(r, p, u) => { setRole(r); setPersonCode(p); setUnitCode(u); }} />{' '}
        <button type="submit">{t('accounts.saveRole')}</button>
      </form>
      <p>
        <button type="button" onClick={() => void run(() => accountsApi.setDisabled(account.username, !account.disabledAt))}>
          {account.disabledAt ? t('accounts.enable', { name: account.username }) : t('accounts.disable', { name: account.username })}
        </button>
      </p>
      <form onSubmit={reset} className="inline-form">
        <label>
          {t('accounts.newPassword')}{' '}
          <input name="resetPassword" type="password" autoComplete="new-password" value={password}
            minLength={10} maxLength={1024} onChange={(e) => setPassword(e.target.value)} />
        </label>{' '}
        <button type="submit">{t('accounts.reset')}</button>
      </form>
      <h4>{t('accounts.history')}</h4>
      {events.value && (
        <ol data-testid="account-events">
          {events.value.map((ev) => (
            <li key={ev.id}>
              {t('accounts.event', { at: when(ev.at), who: ev.actor, what: t(`accounts.action.${ev.action}` as MessageKey) })}
              {ev.detail ? ` — ${ev.detail}` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
