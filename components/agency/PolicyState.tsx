import { format, loc, type Locale } from '../../rules/locales';
import type { Prefs } from '../pages/prefs';
import { agencyCopy, reasonText } from './copy';

/**
 * Which agency profile is in force and where it comes from (options page). Shown at once from the
 * local choice; the policy part fills in when the managed read arrives.
 */
export function PolicyState({ prefs, locale }: { prefs: Prefs; locale: Locale }) {
  const c = agencyCopy[locale];
  const { agency, source, custom, problems, policyRead } = prefs;
  const from = custom ? format(c.fromPolicyProfile, { id: agency.id }) : source === 'local' ? c.fromLocal : source === 'default' ? c.fromDefault : null;
  return (
    <div data-testid="policy-state" data-source={policyRead ? source : 'pending'} data-custom={custom ? 'true' : 'false'}>
      <p data-testid="agency-in-force">
        {format(c.inForce, { name: loc(locale, agency.name) })}
        {from && (
          <>
            <br />
            <span class="muted" data-testid="agency-source">
              {from}
            </span>
          </>
        )}
      </p>
      {!policyRead && (
        <p class="muted" role="status" data-testid="policy-pending">
          {c.policyPending}
        </p>
      )}
      {problems.length > 0 && (
        <div role="alert" data-testid="policy-problems">
          <p>{c.policyInvalid}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.path + p.reason} data-path={p.path}>
                <code>{p.path}</code>: {reasonText(p, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
