import { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError } from '../../lib/contracts/accounts';
import type { AppEnv } from './env';
import { validationHook } from './errors';

/** Every resource router starts here, so all of them answer a contract violation the same way. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

const ERROR_DESCRIPTIONS = {
  400: 'The request does not match the contract; nothing was changed',
  401: 'Missing, unknown, expired (token_expired) or revoked (token_revoked) token',
  403: 'The caller’s role may not do this',
  404: 'Not found in the caller’s scope',
  409: 'Conflicts with what is stored',
  410: 'Gone: expired, revoked or (a one-time link) already used',
  413: 'Body or batch too large',
  415: 'Content-Encoding other than gzip',
  429: 'Too many failed attempts; wait for Retry-After seconds',
  503: 'A service it needs (mail) is not available now',
} as const;

/** Error responses for the OpenAPI document; handlers throw, `onError` shapes the body. */
export function errors(...statuses: Array<keyof typeof ERROR_DESCRIPTIONS>) {
  return Object.fromEntries(
    statuses.map((s) => [s, { description: ERROR_DESCRIPTIONS[s], content: { 'application/json': { schema: ApiError } } }]),
  ) as Record<keyof typeof ERROR_DESCRIPTIONS, { description: string; content: { 'application/json': { schema: typeof ApiError } } }>;
}

export const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const bearer = [{ bearer: [] }];
