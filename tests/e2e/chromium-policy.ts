import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Chromium on Linux reads mandatory policies from JSON files in this folder, at start and when a
 * file changes. Only root may write there, as in CI; the file is always taken away afterwards,
 * since every Chromium on the machine reads it.
 */

export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = join(POLICY_DIR, 'handreiking-test.json');

export function writeChromiumPolicy(policy: object): () => void {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
  } catch {
    throw new Error(`The policy test writes ${POLICY_FILE}: run it as root (as CI does), e.g. sudo npx vitest run --project e2e tests/e2e/managed-policy.test.ts`);
  }
  writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
  return () => rmSync(POLICY_FILE, { force: true });
}
