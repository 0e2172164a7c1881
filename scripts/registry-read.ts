/**
 * What scripts/registry-hosts.mjs needs to know of the rules to write each host's kit, read from the
 * rule files themselves (loaded through Vite's module runner, as TypeScript).
 */
import type { PageRule, StatusExplanation } from '../rules/schema';

export interface RuleFacts {
  portals: Record<string, { host: string }>;
  guideSteps: readonly string[];
  pages: { id: string; hosts: readonly string[]; status: boolean; fields: string[]; guideSteps: string[] }[];
  /** The guide steps a status explanation may move the user to. */
  statusSteps: string[];
  /** Each field check's reasons, by field id. */
  fieldReasons: Record<string, readonly string[]>;
}

type Load = (path: string) => Promise<Record<string, unknown>>;

/** `load` imports a file as TypeScript; `pages`, `statuses`, `fields`: [file path, export name] of each rule file. */
export async function readRules(
  load: Load,
  portalsFile: string,
  idsFile: string,
  pages: [string, string][],
  statuses: [string, string][],
  fields: [string, string][],
): Promise<RuleFacts> {
  const { PORTALS } = (await load(portalsFile)) as { PORTALS: RuleFacts['portals'] };
  const { GUIDE_STEP_IDS } = (await load(idsFile)) as { GUIDE_STEP_IDS: readonly string[] };
  const rules = await Promise.all(pages.map(async ([file, name]) => (await load(file))[name] as PageRule));
  const explanations = await Promise.all(statuses.map(async ([file, name]) => (await load(file))[name] as StatusExplanation));
  const checks = await Promise.all(fields.map(async ([file, name]) => (await load(file))[name] as { id: string; reasons: readonly string[] }));
  return {
    portals: PORTALS,
    guideSteps: GUIDE_STEP_IDS,
    pages: rules.map((r) => {
      const screens = [r, ...(r.steps ?? [])];
      return { id: r.id, hosts: r.hosts, status: !!r.status, fields: screens.flatMap((s) => s.fields.map((f) => f.field)), guideSteps: screens.map((s) => s.guideStep) };
    }),
    statusSteps: explanations.flatMap((e) => e.progress.map((p) => p.step)),
    fieldReasons: Object.fromEntries(checks.map((c) => [c.id, c.reasons])),
  };
}
