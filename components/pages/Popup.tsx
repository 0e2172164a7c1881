import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { guideSteps } from '../../rules/guide';
import { format } from '../../rules/locales';
import { Contacts } from '../Contacts';
import type { TabSummary } from '../viewModel';
import { summaryView } from './summaryView';
import { pageMessages } from './messages';
import type { Prefs } from './prefs';

/** Asks the active tab's content script where the user is; no answer = not a portal page. */
async function askActiveTab(): Promise<TabSummary | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    return ((await browser.tabs.sendMessage(tab.id, { type: 'pemandu:summary' })) as TabSummary | undefined) ?? null;
  } catch {
    return null;
  }
}

export function Popup({ prefs, ask = askActiveTab }: { prefs: Prefs; ask?: () => Promise<TabSummary | null> }) {
  const { locale, agency } = prefs;
  const [summary, setSummary] = useState<TabSummary | null | undefined>(undefined);
  useEffect(() => {
    void ask().then(setSummary);
  }, [ask]);
  const m = pageMessages[locale];
  const view = summaryView(summary, locale);
  const n = view?.guideStep ?? 0;
  const link = (path: '/guide.html' | '/helpdesk.html' | '/options.html') => browser.runtime.getURL(path);
  return (
    <main class="popup" data-testid="popup">
      <h1>Pemandu TTE</h1>
      {summary === undefined ? null : view ? (
        <section>
          <p>
            {m.popupHere} <strong data-testid="popup-page">{view.pageTitle}</strong>
            {view.stepTitle && (
              <>
                {' · '}
                <span data-testid="popup-step">{view.stepTitle}</span>
              </>
            )}
          </p>
          {view.status && (
            <p>
              {m.status}: <strong>{view.status.code}</strong> — {view.status.title}
            </p>
          )}
          {n > 0 && (
            <>
              <p data-testid="popup-progress" id="popup-progress">
                {format(m.progress, { n, total: guideSteps.length })}: {view.guideTitle}
              </p>
              <div class="bar" role="progressbar" aria-labelledby="popup-progress" aria-valuemin={0} aria-valuemax={guideSteps.length} aria-valuenow={n}>
                <span style={{ width: `${(100 * n) / guideSteps.length}%` }} />
              </div>
            </>
          )}
        </section>
      ) : (
        <section data-testid="popup-not-portal">
          <p>{m.popupNotPortal}</p>
          <a href="https://asndigital.bkn.go.id/" target="_blank" rel="noopener noreferrer">
            {m.popupStart}
          </a>
        </section>
      )}
      <Contacts agency={agency} ids={['persandian', 'email-dinas', 'helpdesk-bkn']} locale={locale} level={2} />
      <nav class="links">
        <a href={link('/guide.html')} target="_blank" rel="noopener">{m.openGuide}</a>
        <a href={link('/helpdesk.html')} target="_blank" rel="noopener">{m.openHelpdesk}</a>
        <a href={link('/options.html')} target="_blank" rel="noopener">{m.openOptions}</a>
      </nav>
    </main>
  );
}
