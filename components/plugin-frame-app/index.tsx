import { useEffect, useState } from 'preact/hooks';
import type { CaseContext } from '../../lib/contracts/case-context';
import type { AuthMethods } from '../../lib/contracts/oidc';
import { signInChoices } from '../../lib/oidc/sign-in-choices';
import type { Locale } from '../../lib/i18n/locales';
import type { Texts } from '../../lib/i18n/translate';
import { CasePanel } from '../case-panel';
import { DashboardApp, type DashboardApi } from '../dashboard-app';
import type { OverlayApi } from '../overlay-api';
import { PluginSignIn } from '../plugin-sign-in';
import { SidePanelApp, type SidePanelAppProps } from '../side-panel-app';
import { MessagesContext } from '../use-messages';
import { tabId, viewId, ViewTabs, type PluginView } from './view-tabs';
import './style.css';

export interface PluginFrameAppProps {
  /** The case the host page handed over: undefined until it has, null for "no case open". */
  context: CaseContext | null | undefined;
  api: OverlayApi;
  /** The professional's follow-up list, as the extension's side panel shows it. */
  followUps: Pick<SidePanelAppProps, 'load' | 'updateStatus' | 'snooze'>;
  /** Their figures, as the extension's dashboard shows them (their own, for a professional). */
  dashboard: DashboardApi;
  signedIn: () => Promise<boolean>;
  /** Resolves to an error text, or null once signed in. */
  signIn: (code: string) => Promise<string | null>;
  /** Sign-in with the organisation's account: whether the server offers it, and the popup's sign-in (an error text, or null once signed in). */
  oidc?: { methods: () => Promise<AuthMethods>; signIn: () => Promise<string | null> };
  /** A launch token from the host being traded (busy), or why it failed: the code form then says so. */
  launch?: { busy: boolean; failure: string | null };
  /** Once signed in: may this page show the team (its embedding origins)? No: the panel shows only a refusal. */
  embedAllowed: () => Promise<boolean>;
  /** Counts sign-ins from outside the form (a launch): the panel asks again whether it is signed in. */
  sessionVersion?: number;
  texts: Texts;
  onLocaleChange: (locale: Locale) => void;
  /** Tells the host page to narrow the element to the panel's tab, or widen it again. */
  onCollapsedChange: (collapsed: boolean) => void;
}

/**
 * The vendor plugin's frame (docs/plugin.md): once the professional has signed in here, and only in
 * a page allowed to embed it for the team, the extension's case panel over a case the host hands
 * over, and in tabs beside it the side panel's follow-up list and the dashboard's figures: the same
 * components, over the frame's own store.
 */
export function PluginFrameApp({ context, api, followUps, dashboard, signedIn, signIn, oidc, embedAllowed, launch, sessionVersion = 0, texts, onLocaleChange, onCollapsedChange }: PluginFrameAppProps) {
  const [signed, setSigned] = useState<boolean | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [view, setView] = useState<PluginView>('case');
  const [methods, setMethods] = useState<AuthMethods | null>(null);
  useEffect(() => {
    void signedIn().then(setSigned, () => setSigned(false));
  }, [sessionVersion]);
  useEffect(() => {
    if (signed) void embedAllowed().then(setAllowed, () => setAllowed(false));
  }, [signed, sessionVersion]);
  useEffect(() => {
    if (signed === false && oidc && !methods) void oidc.methods().then(setMethods, () => undefined);
  }, [signed]);
  if (signed === null || (signed && allowed === null)) return null;
  if (signed && !allowed) {
    return (
      <main class="hr-plugin-frame" lang={texts.locale}>
        <p class="hr-error" role="alert" data-origin-refused>
          {texts.t('plugin.originRefused')}
        </p>
      </main>
    );
  }
  if (!signed) {
    return (
      <MessagesContext.Provider value={texts}>
        <main class="hr-plugin-frame" lang={texts.locale}>
          <PluginSignIn
            launching={launch?.busy === true}
            launchFailure={launch?.failure ?? null}
            oidc={oidc && signInChoices(methods, undefined).oidc ? { providerName: methods?.providerName, signIn: oidc.signIn } : undefined}
            onOidcSignedIn={() => setSigned(true)}
            onSignIn={async (code) => {
              const failure = await signIn(code);
              if (!failure) setSigned(true);
              return failure;
            }}
          />
        </main>
      </MessagesContext.Provider>
    );
  }
  // Narrowed to the panel's tab, the frame shows the case panel only.
  const shown = collapsed ? 'case' : view;
  const panelOf = (v: PluginView) => (collapsed ? {} : { id: viewId(v), role: 'tabpanel' as const, 'aria-labelledby': tabId(v) });
  return (
    <div class={collapsed ? 'hr-plugin-views' : 'hr-plugin-views hr-plugin-views--tabs'} lang={texts.locale} data-view={shown}>
      {!collapsed && <ViewTabs view={view} onView={setView} texts={texts} />}
      {/* The case panel stays mounted behind the other views, with its suggestions and drafts. */}
      <div class="hr-plugin-view" {...panelOf('case')} hidden={shown !== 'case'}>
        <CasePanel
          context={context}
          api={api}
          collapsed={collapsed}
          onCollapsedChange={(value) => {
            setCollapsed(value);
            onCollapsedChange(value);
          }}
          texts={texts}
          onLocaleChange={onLocaleChange}
        />
      </div>
      {shown === 'followUps' && (
        <div class="hr-plugin-view" {...panelOf('followUps')}>
          <SidePanelApp load={followUps.load} updateStatus={followUps.updateStatus} snooze={followUps.snooze} texts={texts} />
        </div>
      )}
      {shown === 'figures' && (
        <div class="hr-plugin-view" {...panelOf('figures')}>
          <DashboardApp api={dashboard} texts={texts} />
        </div>
      )}
    </div>
  );
}
