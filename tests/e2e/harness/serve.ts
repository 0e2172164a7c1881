/** Answers a request for a real portal URL with the replica that stands in for it (or nothing). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveReplica } from '../../fixtures/routes';
import { ROOT } from './common';

/** The replicas ship in the product; route files are relative to public/, test fixtures' to tests/fixtures/. */
const PUBLIC = join(ROOT, 'public');
const FIXTURES = join(ROOT, 'tests/fixtures');

export interface ReplicaResponse {
  contentType: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * `navigation`: the request loads a document (a page or a frame). A replica page answers only
 * navigations and a replica asset only sub-resource loads, so a script's fetch() to a portal URL
 * (which Firefox cannot attribute to the page or the extension) is refused and counted as stray.
 */
export function replicaResponse(url: string, navigation: boolean): ReplicaResponse | null {
  const route = resolveReplica(url);
  if (!route || (route.contentType.startsWith('text/html') !== navigation)) return null;
  return { contentType: route.contentType, body: readFileSync(join(route.fixture ? FIXTURES : PUBLIC, route.file), 'utf8'), headers: route.headers ?? {} };
}
