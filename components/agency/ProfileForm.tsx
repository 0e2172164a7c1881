import { BUILT_IN, BUILT_IN_IDS, DESK_TOPICS } from '../../rules/agencyPolicy';
import { DESK_KEYS, isBuiltIn, NAME_KEYS, usedTopics, type DeskDraft, type DeskKey, type DeskTopic, type ProfileDraft } from '../../rules/agencyPolicy/draft';
import { loc, type Locale } from '../../rules/locales';
import { agencyCopy, type AgencyCopy } from './copy';
import { Fieldset, TextBox, type ProblemsByPath } from './FormFields';

const P = 'agencyProfile';
const DESK_LABEL: Record<DeskKey, keyof AgencyCopy> = {
  unit: 'deskUnit',
  about: 'deskAbout',
  phone: 'deskPhone',
  whatsapp: 'deskWhatsapp',
  email: 'deskEmail',
  telegram: 'deskTelegram',
  hours: 'deskHours',
};

/** The form that builds an agency profile; every box says what the check found wrong in it. */
export function ProfileForm({ draft, set, problems, locale }: { draft: ProfileDraft; set: (d: ProfileDraft) => void; problems: ProblemsByPath; locale: Locale }) {
  const c = agencyCopy[locale];
  const box = (key: 'id' | 'name' | 'nameEn' | 'webmail', path = `${P}.${key}`, type = 'text') => (
    <TextBox path={path} label={c[key]} value={draft[key]} onInput={(v) => set({ ...draft, [key]: v })} problems={problems} type={type} />
  );
  const used = usedTopics(draft);
  const setDesk = (topic: DeskTopic, desk: DeskDraft) => set({ ...draft, desks: { ...draft.desks, [topic]: desk } });
  return (
    <form onSubmit={(e) => e.preventDefault()} data-testid="agency-form">
      <Fieldset legend={c.sectionAgency}>
        {box('id')}
        {box('name')}
        {box('nameEn')}
        <p class="field">
          <label for="f-extends">{c.extends}</label>
          <br />
          <select id="f-extends" value={draft.extends} onChange={(e) => isBuiltIn((e.target as HTMLSelectElement).value) && set({ ...draft, extends: (e.target as HTMLSelectElement).value as ProfileDraft['extends'] })}>
            {BUILT_IN_IDS.map((id) => (
              <option key={id} value={id}>
                {loc(locale, BUILT_IN[id].name)} ({id})
              </option>
            ))}
          </select>
        </p>
      </Fieldset>
      <Fieldset legend={c.sectionEmail}>
        <div role="radiogroup" aria-label={c.emailMode}>
          {(['byType', 'all', 'none'] as const).map((mode) => (
            <label key={mode} class="choice">
              <input type="radio" name="email-mode" value={mode} checked={draft.emailMode === mode} onChange={() => set({ ...draft, emailMode: mode })} />{' '}
              {c[mode === 'byType' ? 'emailByType' : mode === 'all' ? 'emailAll' : 'emailNone']}
            </label>
          ))}
        </div>
        {draft.emailMode === 'all' && <TextBox path={`${P}.emailDomains.all`} label={c.emailAllDomain} value={draft.all} onInput={(v) => set({ ...draft, all: v })} problems={problems} list />}
        {draft.emailMode === 'byType' && (
          <>
            <TextBox path={`${P}.emailDomains.pns`} label={c.emailPns} value={draft.pns} onInput={(v) => set({ ...draft, pns: v })} problems={problems} list />
            <TextBox path={`${P}.emailDomains.pppk`} label={c.emailPppk} value={draft.pppk} onInput={(v) => set({ ...draft, pppk: v })} problems={problems} list />
          </>
        )}
        {(problems.get(`${P}.emailDomains`) ?? []).map((p) => (
          <p key={p} class="problem" data-problem-for={`${P}.emailDomains`}>
            {p}
          </p>
        ))}
        {box('webmail', `${P}.webmail`, 'url')}
      </Fieldset>
      <Fieldset legend={c.sectionNames}>
        {NAME_KEYS.map((k) => (
          <TextBox key={k} path={`${P}.names.${k}`} label={c[k]} value={draft.names[k]} onInput={(v) => set({ ...draft, names: { ...draft.names, [k]: v } })} problems={problems} />
        ))}
      </Fieldset>
      <Fieldset legend={c.sectionDesks}>
        {DESK_TOPICS.map((topic) => {
          const desk = draft.desks[topic];
          const at = `${P}.helpDesks.${used.indexOf(topic)}`;
          return (
            <Fieldset key={topic} legend={c[`topic-${topic}`]} testid={`desk-${topic}`}>
              <label class="choice">
                <input type="checkbox" checked={desk.use} data-desk-use={topic} onChange={(e) => setDesk(topic, { ...desk, use: (e.target as HTMLInputElement).checked })} /> {c.deskUse}
              </label>
              {desk.use &&
                DESK_KEYS.map((k) => (
                  <TextBox key={k} path={`${at}.${k}`} label={c[DESK_LABEL[k]]} value={desk[k]} onInput={(v) => setDesk(topic, { ...desk, [k]: v })} problems={problems} type={k === 'email' ? 'email' : 'text'} />
                ))}
            </Fieldset>
          );
        })}
      </Fieldset>
    </form>
  );
}
