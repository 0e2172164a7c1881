/** Answers a request for a real portal URL with the replica that stands in for it (or nothing). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveReplica } from '../../fixtures/routes';
import { ROOT } from './common';

const FIXTURES = join(ROOT, 'tests/fixtures');

export interface ReplicaResponse {
  contentType: string;
  body: string;
  headers: Record<string, string>;
}

export function replicaResponse(url: string): ReplicaResponse | null {
  const route = resolveReplica(url);
  if (!route) return null;
  return { contentType: route.contentType, body: readFileSync(join(FIXTURES, route.file), 'utf8'), headers: route.headers ?? {} };
}
