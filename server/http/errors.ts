import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiError } from '../../lib/contracts/accounts';

/**
 * Thrown anywhere below a route and turned into `{error: {code, message, en}}` by the app's one
 * `onError`, so every failure reads the same and none leaks a stack trace.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    /** Dutch, for the person using the extension. */
    readonly nl: string,
    /** English, for administrators and logs. */
    readonly en: string,
    readonly issues?: Array<{ path: string; message: string }>,
  ) {
    super(en);
  }

  body(): ApiError {
    return { error: { code: this.code, message: this.nl, en: this.en, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

export const forbidden = (nl: string, en: string) => new ApiFailure(403, 'forbidden', nl, en);
export const notFound = (nl: string, en: string) => new ApiFailure(404, 'not_found', nl, en);

/** "records.3.naam" for an unknown key, so the message names the field that has to go. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): Array<{ path: string; message: string }> {
  return issues.flatMap((issue) => {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...at, key].join('.'),
        message: `onbekend veld "${key}": dit veld bestaat niet in het contract en wordt niet opgeslagen`,
      }));
    }
    return [{ path: at.join('.') || '(body)', message: issue.message }];
  });
}

/** Used as every router's `defaultHook`: a request that fails its contract changes nothing. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target?: string },
  c: Context,
) {
  if (result.success) return;
  const issues = describeIssues(result.error.issues);
  const tooMany = result.error.issues.find((i) => i.code === 'too_big' && i.path.length === 1 && i.path[0] === 'records');
  if (tooMany) {
    const failure = new ApiFailure(
      413,
      'batch_too_large',
      `Te veel records in één keer: ${tooMany.message}. Stuur ze in kleinere batches.`,
      'Too many records in one batch; split it up.',
      issues,
    );
    return c.json(failure.body(), 413);
  }
  const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  const failure = new ApiFailure(
    400,
    'validation_failed',
    `Ongeldige invoer, er is niets opgeslagen. ${list}`,
    `Request does not match the contract; nothing was stored. Fields: ${issues.map((i) => i.path).join(', ')}`,
    issues,
  );
  return c.json(failure.body(), 400);
}
