import type { CaseContext } from '../contracts/case-context';
import type { Database } from '../store/database';
import { pseudonymSecret } from '../store/meta';
import { pseudonymise } from './pseudonym';

/**
 * The case's pseudonymous reference, or null on a page without a case id. The raw case key is
 * used here once and goes no further.
 */
export async function caseRefOf(db: Database, context: CaseContext): Promise<string | null> {
  if (!context.caseKey) return null;
  return pseudonymise(await pseudonymSecret(db), context.system, context.caseKey);
}
