/**
 * The extension's own pages as their entrypoints render them: each page's component (components/)
 * with what it shows from the extension's storage, read and written here, so the components stay
 * plain views of their props.
 */
import type { ComponentProps } from 'preact';
import { AgencyPage } from '../../components/agency/AgencyPage';
import { HelpdeskPage } from '../../components/helpdesk/HelpdeskPage';
import { GuidePage } from '../../components/pages/GuidePage';
import { OptionsPage } from '../../components/pages/OptionsPage';
import { Popup } from '../../components/pages/Popup';
import { agencyItem, localeItem } from '../settings';
import { useGuideDone, usePrefs } from './usePrefs';
import { usePolicyProfiles } from './usePolicyProfiles';

export function OptionsScreen() {
  return <OptionsPage prefs={usePrefs()} saveAgency={(id) => agencyItem.setValue(id)} saveLocale={(l) => localeItem.setValue(l)} />;
}

export function GuideScreen() {
  const [done, setDone] = useGuideDone();
  return <GuidePage prefs={usePrefs()} done={done} onDone={setDone} />;
}

export function PopupScreen(props: { ask?: ComponentProps<typeof Popup>['ask'] }) {
  return <Popup prefs={usePrefs()} {...props} />;
}

export function AgencyScreen() {
  return <AgencyPage locale={usePrefs().locale} />;
}

export function HelpdeskScreen({ initialCode }: { initialCode: string }) {
  return <HelpdeskPage initialCode={initialCode} policyProfiles={usePolicyProfiles()} />;
}
