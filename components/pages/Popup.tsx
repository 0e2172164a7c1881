import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { currentScreen } from '../../rules/engine/detect';
import { guideSteps } from '../../rules/guide';
import { ruleById } from '../../rules/index';
import { format } from '../../rules/locales';
import { explainStatus } from '../../rules/statuses';
import { Contacts } from '../Contacts';
import type { TabSummary } from '../../entrypoints/content/controller';
import { pageMessages } from './messages';
import { usePrefs } from './usePrefs';

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

export function Popup({ ask = askActiveTab }: { ask?: () => Promise<TabSummary | null> }) {
  const { locale, agency } = usePrefs();
  const [summary, setSummary] = useState<TabSummary | null | undefined>(undefined);
  useEffect(() => {
    void ask().then(setSummary);
  }, [ask]);
  const m = pageMessages[locale];
  const rule = ruleById(summary?.page);
  const screen = rule ? currentScreen(rule, summary?.step ?? null) : null;
  const n = summary?.guideStep ?? 0;
  const link = (path: '/guide.html' | '/helpdesk.html' | '/options.html') => browser.runtime.getURL(path);
  return (
    <main class="popup" data-testid="popup">
      <h1>Pemandu TTE</h1>
      {summary === undefined ? null : rule && screen ? (
        <section>
          <p>
            {m.popupHere} <strong data-testid="popup-page">{rule.title[locale]}</strong>
            {rule.steps && (
              <>
                {' · '}
                <span data-testid="popup-step">{screen.title[locale]}</span>
              </>
            )}
          </p>
          {summary?.status && (
            <p>
              {m.status}: <strong>{summary.status}</strong> — {explainStatus(summary.status).title[locale]}
            </p>
          )}
          {n > 0 && (
            <>
              <p data-testid="popup-progress" id="popup-progress">
                {format(m.progress, { n, total: guideSteps.length })}: {guideSteps[n - 1]?.title[locale]}
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
