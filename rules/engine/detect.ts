/**
 * detect: (url, snapshot) → page state. Pure: the same URL and visible content always give the
 * same answer, so every replica page is a table row in tests/unit/detect.test.ts.
 *
 * The URL and the visible content both vote. When exactly one rule's URL patterns match the URL,
 * that rule is the page: content then picks the step and reports missing markers, but never moves
 * the page to another rule (both BSrE wizards show "Ambil Foto Diri" before the photo is taken).
 * Otherwise (no rule's URL matches, or several do) content outweighs the URL, because the real
 * portals' paths are partly unknown (the passphrase link).
 */
import type { FieldRule, Markers, PageId, PageRule, StepRule } from '../schema';
import type { CertificateReader } from './certificate';
import type { EmailBsreState } from './emailBsre';
import { matchField } from './match';
import type { Snapshot } from './snapshot';
import type { Validity } from './readStatus';
import { countHits } from './text';
import { pathMatches } from './url';

export type MatchKind = 'url+content' | 'content' | 'url';

export interface PageState {
  page: PageId | null;
  step: string | null;
  status: string | null;
  match: MatchKind | null;
  /** Expected things not found: 'markers', 'step', 'status', 'field:<id>'. Never page text. */
  missing: string[];
  /** The ids of the screen's tips whose portal message the page shows now (`whenShown`). Never page text. */
  notices?: string[];
  validity: Validity | null;
  /** Status pages only: whether "Email BSrE" shows an address (a yes/no, never the address). */
  emailBsre?: EmailBsreState;
}

export const NO_PAGE: PageState = { page: null, step: null, status: null, match: null, missing: [], validity: null };

function markersMatch(snap: Pick<Snapshot, 'text' | 'forms'>, m: Markers): { ok: boolean; hits: number } {
  const forms = m.forms ? m.forms.filter((id) => snap.forms?.includes(id)).length : 0;
  const hits = countHits(snap.text, m.any) + forms;
  const vetoed = m.none ? countHits(snap.text, m.none) > 0 : false;
  return { ok: !vetoed && hits >= (m.min ?? 1), hits };
}

function parseUrl(url: string | URL): URL | null {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
}

function pickStep(rule: PageRule, snap: Snapshot): StepRule | null {
  let best: StepRule | null = null;
  let bestHits = 0;
  for (const step of rule.steps ?? []) {
    const { ok, hits } = markersMatch(snap, step.markers);
    // Ties go to the later step: success screens keep earlier steps' words in the stepper.
    if (ok && hits >= bestHits) {
      best = step;
      bestHits = hits;
    }
  }
  return best;
}

/** The fields, tips and buttons in force: the step's if the page has steps, else the page's. */
export function currentScreen(rule: PageRule, stepId: string | null): Pick<PageRule, 'fields' | 'tips' | 'submitButtons' | 'guideStep'> {
  const step = rule.steps?.find((s) => s.id === stepId);
  return step ?? rule;
}

function missingFields(fields: readonly FieldRule[], snap: Snapshot): string[] {
  const out: string[] = [];
  for (const f of fields) {
    if (!f.required) continue;
    if (!snap.controls.some((c) => matchField(c, fields) === f)) out.push(`field:${f.field}`);
  }
  return out;
}

/**
 * `rules`: the pages to tell apart (a host's kit, or every page). `certificate`: reads a status page's
 * certificate (rules/engine/certificate.ts); without it, a status page's status stays unread.
 */
export function detect(
  url: string | URL,
  snap: Snapshot,
  opts: { rules: readonly PageRule[]; today?: Date; certificate?: CertificateReader },
): PageState {
  const u = parseUrl(url);
  if (!u) return NO_PAGE;
  const { rules } = opts;
  type Candidate = { rule: PageRule; score: number; urlOk: boolean; contentOk: boolean };
  let best: Candidate | null = null;
  const byPath: Candidate[] = [];
  for (const rule of rules) {
    if (!rule.hosts.includes(u.hostname)) continue;
    const pathOk = rule.paths.length > 0 && pathMatches(u.pathname, rule.paths);
    const urlOk = rule.paths.length === 0 || pathOk;
    const { ok: contentOk, hits } = markersMatch(snap, rule.markers);
    if (!urlOk && !contentOk) continue;
    const score = (contentOk ? 3 : 0) + (urlOk ? 2 : 0) + hits / 100;
    const c = { rule, score, urlOk, contentOk };
    if (pathOk) byPath.push(c);
    if (!best || score > best.score) best = c;
  }
  // A URL that only one rule's paths claim decides the page; content alone cannot overrule it.
  if (byPath.length === 1) best = byPath[0]!;
  if (!best) return NO_PAGE;

  const { rule, urlOk, contentOk } = best;
  const missing: string[] = [];
  if (!contentOk) missing.push('markers');
  const step = rule.steps ? pickStep(rule, snap) : null;
  if (rule.steps && !step) missing.push('step');
  const screen = currentScreen(rule, step?.id ?? null);
  missing.push(...missingFields(screen.fields, snap));
  // The page's own messages a tip explains: the page's tips and the step's.
  const tips = screen === rule ? rule.tips : [...rule.tips, ...screen.tips];
  const notices = tips.filter((t) => t.whenShown && countHits(snap.text, t.whenShown) > 0).map((t) => t.id);

  let status: string | null = null;
  let validity: Validity | null = null;
  let emailBsre: EmailBsreState | undefined;
  if (rule.status) {
    const read = opts.certificate?.(snap, rule.status.label, opts.today ?? new Date());
    status = read?.status ?? null;
    validity = read?.validity ?? null;
    emailBsre = read?.emailBsre ?? 'unknown';
    if (!status) missing.push('status');
  }
  return {
    page: rule.id,
    step: step?.id ?? null,
    status,
    match: urlOk && contentOk ? 'url+content' : contentOk ? 'content' : 'url',
    missing,
    ...(notices.length ? { notices } : {}),
    validity,
    ...(emailBsre ? { emailBsre } : {}),
  };
}

export function sameState(a: PageState, b: PageState): boolean {
  return (
    a.page === b.page &&
    a.step === b.step &&
    a.status === b.status &&
    a.match === b.match &&
    a.missing.join() === b.missing.join() &&
    (a.notices ?? []).join() === (b.notices ?? []).join() &&
    a.emailBsre === b.emailBsre &&
    (a.validity?.end.getTime() ?? 0) === (b.validity?.end.getTime() ?? 0)
  );
}
