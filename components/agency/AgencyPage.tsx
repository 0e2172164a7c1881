import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { parseAgencyPolicy, type PolicyProblem } from '../../rules/agencyPolicy';
import { emptyDraft, policyFromDraft, type ProfileDraft } from '../../rules/agencyPolicy/draft';
import { CHROME_STORE_UPDATE_URL, EDGE_STORE_UPDATE_URL, GECKO_ID, policyFiles, type DeployTargets } from '../../rules/agencyPolicy/files';
import type { Locale } from '../../rules/locales';
import { agencyCopy, reasonText } from './copy';
import { TextBox, Fieldset, type ProblemsByPath } from './FormFields';
import { PolicyFiles } from './PolicyFiles';
import { Preview } from './Preview';
import { ProfileForm } from './ProfileForm';

type TargetKey = 'chromeId' | 'chromeUpdateUrl' | 'edgeId' | 'edgeUpdateUrl' | 'xpiUrl';
const TARGET_KEYS: readonly TargetKey[] = ['chromeId', 'chromeUpdateUrl', 'edgeId', 'edgeUpdateUrl', 'xpiUrl'];

/** Where the files install from; the extension ids must be a Chrome id (32 letters a–p). */
export function targetProblems(t: Omit<DeployTargets, 'geckoId'>): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  for (const k of ['chromeId', 'edgeId'] as const) if (!/^[a-p]{32}$/.test(t[k])) out.push({ path: k, reason: 'extensionId' });
  for (const k of ['chromeUpdateUrl', 'edgeUpdateUrl', 'xpiUrl'] as const) if (!/^https:\/\/[^\s/]+\/\S*$/.test(t[k])) out.push({ path: k, reason: 'https' });
  return out;
}

function byPath(problems: readonly PolicyProblem[], locale: Locale): ProblemsByPath {
  const m = new Map<string, string[]>();
  for (const p of problems) m.set(p.path, [...(m.get(p.path) ?? []), reasonText(p, locale)]);
  return m;
}

/** The running extension's own id when it is a Chrome-style id (in Firefox it is the gecko id). */
function ownChromeId(): string {
  try {
    return /^[a-p]{32}$/.test(browser.runtime.id) ? browser.runtime.id : '';
  } catch {
    return '';
  }
}

/**
 * Profil instansi: agency IT builds its profile with live validation, sees what employees will
 * see, and takes the policy files. Everything stays in this page's memory: nothing is stored or sent.
 */
export function AgencyPage({ locale }: { locale: Locale }) {
  const c = agencyCopy[locale];
  const [draft, setDraft] = useState<ProfileDraft>(emptyDraft);
  const [targets, setTargets] = useState<Omit<DeployTargets, 'geckoId'>>(() => {
    const id = ownChromeId();
    return { chromeId: id, chromeUpdateUrl: CHROME_STORE_UPDATE_URL, edgeId: id, edgeUpdateUrl: EDGE_STORE_UPDATE_URL, xpiUrl: '' };
  });
  const policy = policyFromDraft(draft);
  const result = parseAgencyPolicy(policy);
  const problems = result.ok ? [] : result.problems;
  const tProblems = targetProblems(targets);
  const files = result.ok && tProblems.length === 0 ? policyFiles({ agencyProfile: result.policy }, { ...targets, geckoId: GECKO_ID }, draft.name.trim()) : null;
  return (
    <main data-testid="agency-page" class="agency-page">
      <h1>{c.title}</h1>
      <p>{c.intro}</p>
      <ProfileForm draft={draft} set={setDraft} problems={byPath(problems, locale)} locale={locale} />
      <section aria-labelledby="check-h" data-testid="agency-check" data-valid={result.ok ? 'true' : 'false'}>
        <h2 id="check-h">{c.problemsHeading}</h2>
        {result.ok ? (
          <p role="status">{c.valid}</p>
        ) : (
          <ul data-testid="agency-problems">
            {problems.map((p) => (
              <li key={p.path + p.reason} data-path={p.path}>
                <code>{p.path}</code>: {reasonText(p, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {result.ok && <Preview profile={result.profile} locale={locale} />}
      <section aria-labelledby="files-h">
        <h2 id="files-h">{c.sectionFiles}</h2>
        <Fieldset legend={c.targets}>
          {TARGET_KEYS.map((k) => (
            <TextBox key={k} path={k} label={c[k]} value={targets[k]} onInput={(v) => setTargets({ ...targets, [k]: v.trim() })} problems={byPath(tProblems, locale)} />
          ))}
        </Fieldset>
        {files ? <PolicyFiles files={files} locale={locale} /> : <p class="muted">{c.filesInvalid}</p>}
        <p class="muted">{c.deployDocs}</p>
      </section>
    </main>
  );
}
