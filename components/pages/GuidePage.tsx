import { agencyTipParams } from '../../rules/contacts';
import { guideSteps } from '../../rules/guide';
import { format, guideWords } from '../../rules/locales';
import { pageMessages } from './messages';
import type { Prefs } from './prefs';

/** The whole guide as steps to tick, each linking to the portal page where it happens. */
export function GuidePage({ prefs, done, onDone }: { prefs: Prefs; done: readonly string[]; onDone: (next: string[]) => void }) {
  const { locale, agency } = prefs;
  const m = pageMessages[locale];
  const params = agencyTipParams(agency, locale);
  const toggle = (id: string) => {
    const next = done.includes(id) ? done.filter((d) => d !== id) : [...done, id];
    onDone(next);
  };
  return (
    <main data-testid="guide">
      <h1>{m.guideTitle}</h1>
      <p class="muted">{m.guideIntro}</p>
      <p data-testid="guide-progress">{format(m.guideDone, { done: done.length, total: guideSteps.length })}</p>
      <ol class="plain">
        {guideSteps.map((s, i) => (
          <li key={s.id} class="step" data-testid={`guide-step-${s.id}`} data-done={String(done.includes(s.id))}>
            <label>
              <input type="checkbox" checked={done.includes(s.id)} onChange={() => toggle(s.id)} />
              <span>
                {i + 1}. {guideWords(locale, s.id).title}
              </span>
            </label>
            <p>{format(guideWords(locale, s.id).detail, params)}</p>
            {s.id === 'persiapan' && (
              <ul>
                <li>{format(m.prepAccount, params)}</li>
                <li>{format(m.prepEmail, params)}</li>
                <li>{m.prepKtp}</li>
                <li>{m.prepApp}</li>
                <li data-testid="guide-prep-other">{format(m.prepOther, params)}</li>
              </ul>
            )}
            {s.id === 'aktivasi-email' && agency.webmail && (
              <a href={agency.webmail} target="_blank" rel="noopener noreferrer">
                {agency.webmail}
              </a>
            )}
            {s.url && (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {m.guideOpen}
              </a>
            )}
          </li>
        ))}
      </ol>
    </main>
  );
}
