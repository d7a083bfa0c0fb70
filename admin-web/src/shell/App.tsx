/** The shell: skip link, header with the language switch, navigation, and the current screen. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { ReactElement } from 'react';
import { LOCALES, useI18n } from '../i18n';
import type { Locale, MessageKey } from '../i18n';
import { useHashRoute } from './useHashRoute';
import { ImportScreen } from '../imports/ImportScreen';
import { DictionariesScreen } from '../dictionaries/DictionariesScreen';
import { PublishScreen } from '../publish/PublishScreen';
import { MyPublicationsScreen } from '../my-publications/MyPublicationsScreen';
import { WorkScreen } from '../works/WorkScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { LoginScreen } from '../auth/LoginScreen';
import { TokensScreen } from '../tokens/TokensScreen';
import { AccountsScreen } from '../accounts/AccountsScreen';
import { hasRole, useSession } from '../auth/session';
import type { Role } from '../api/client';

// ECharts is large: the dashboard loads it only when it is opened.
const DashboardScreen = lazy(() =>
  import('../dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })),
);

interface Screen {
  route: string;
  label: MessageKey;
  render: () => ReactElement;
  /** who sees the screen: the API refuses the others anyway, so the UI does not offer it */
  roles: readonly Role[];
}

const STAFF: readonly Role[] = ['admin', 'staff'];
const STAFF_AND_SECRETARIES: readonly Role[] = ['admin', 'staff', 'unit-secretary'];

const SCREENS: Screen[] = [
  { route: 'import', label: 'nav.import', render: () => <ImportScreen />, roles: STAFF },
  {
    route: 'dictionaries',
    label: 'nav.dictionaries',
    render: () => <DictionariesScreen />,
    roles: STAFF_AND_SECRETARIES,
  },
  {
    route: 'publish',
    label: 'nav.publish',
    render: () => <PublishScreen />,
    roles: STAFF_AND_SECRETARIES,
  },
  {
    route: 'mine',
    label: 'nav.mine',
    render: () => <MyPublicationsScreen />,
    roles: ['faculty', 'student'],
  },
  { route: 'review', label: 'nav.review', render: () => <ReviewScreen />, roles: STAFF },
  { route: 'work', label: 'nav.work', render: () => <WorkScreen />, roles: STAFF },
  {
    route: 'dashboard',
    label: 'nav.dashboard',
    roles: STAFF_AND_SECRETARIES,
    render: () => (
      <Suspense fallback={null}>
        <DashboardScreen />
      </Suspense>
    ),
  },
  { route: 'tokens', label: 'nav.tokens', render: () => <TokensScreen />, roles: ['admin'] },
  { route: 'accounts', label: 'nav.accounts', render: () => <AccountsScreen />, roles: ['admin'] },
];

export function App() {
  const { t, locale, setLocale } = useI18n();
  const { user, error, signOut } = useSession();
  const screens = SCREENS.filter((s) => hasRole(user, s.roles));
  const route = useHashRoute(screens[0]?.route ?? '');
  const screen = screens.find((s) => s.route === route) ?? screens[0];
  const main = useRef<HTMLElement>(null);
  const lastRoute = useRef<string | undefined>(undefined);

  // After navigating, put focus on the new screen so keyboard and screen-reader users land there.
  // Not for the first screen after start or sign-in: focus stays where the page starts it.
  useEffect(() => {
    const previous = lastRoute.current;
    lastRoute.current = screen?.route;
    if (previous !== undefined) main.current?.focus();
  }, [screen?.route]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        {t('app.skip')}
      </a>
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <label className="lang-switch">
          {t('lang.label')}{' '}
          <select
            value={locale}
            onChange={(e) => setLocale(e.target.value as Locale)}
            data-testid="language"
          >
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        {user && (
          <span className="signed-in" data-testid="signed-in">
            {t('auth.signedInAs', { name: user.name ?? user.username, role: t(`auth.role.${user.role}` as MessageKey) })}{' '}
            <button type="button" className="secondary" onClick={() => void signOut()}>
              {t('auth.signOut')}
            </button>
          </span>
        )}
      </header>
      {user === undefined && <p className="app-main">{t('common.loading')}</p>}
      {user === null && (
        <main id="main" ref={main} tabIndex={-1} className="app-main">
          {error && <p role="alert" className="error">{t('common.error', { message: error })}</p>}
          <LoginScreen />
        </main>
      )}
      {user && (
        <>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {screens.map((s) => (
            <li key={s.route}>
              <a href={`#/${s.route}`} aria-current={s === screen ? 'page' : undefined}>
                {t(s.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {screen ? screen.render() : <p>{t('auth.noScreens')}</p>}
      </main>
        </>
      )}
    </>
  );
}
