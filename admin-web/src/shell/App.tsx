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

// ECharts is large: the dashboard loads it only when it is opened.
const DashboardScreen = lazy(() =>
  import('../dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })),
);

interface Screen {
  route: string;
  label: MessageKey;
  render: () => ReactElement;
}

const SCREENS: Screen[] = [
  { route: 'import', label: 'nav.import', render: () => <ImportScreen /> },
  { route: 'dictionaries', label: 'nav.dictionaries', render: () => <DictionariesScreen /> },
  { route: 'publish', label: 'nav.publish', render: () => <PublishScreen /> },
  { route: 'review', label: 'nav.review', render: () => <ReviewScreen /> },
  { route: 'mine', label: 'nav.mine', render: () => <MyPublicationsScreen /> },
  { route: 'work', label: 'nav.work', render: () => <WorkScreen /> },
  {
    route: 'dashboard',
    label: 'nav.dashboard',
    render: () => (
      <Suspense fallback={null}>
        <DashboardScreen />
      </Suspense>
    ),
  },
];

export function App() {
  const { t, locale, setLocale } = useI18n();
  const route = useHashRoute(SCREENS[0].route);
  const screen = SCREENS.find((s) => s.route === route) ?? SCREENS[0];
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After navigating, put focus on the new screen so keyboard and screen-reader users land there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [screen.route]);

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
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {SCREENS.map((s) => (
            <li key={s.route}>
              <a href={`#/${s.route}`} aria-current={s === screen ? 'page' : undefined}>
                {t(s.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {screen.render()}
      </main>
    </>
  );
}
