import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/*
 * The ID token check (OpenID Connect Core §3.1.3.7): signed by a key the provider publishes, by the
 * configured issuer, for this client, not expired at the server's clock, and carrying the nonce of
 * the sign-in it answers. jose does signature, issuer, audience and time; the nonce and `azp` are ours.
 */

export type IdTokenRefusal = 'bad_signature' | 'wrong_issuer' | 'wrong_audience' | 'expired' | 'wrong_nonce' | 'malformed';

export type IdTokenCheck = { ok: true; claims: JWTPayload & { sub: string } } | { ok: false; reason: IdTokenRefusal };

// Asymmetric only: a symmetric ("HS256") token would be signed with the client secret, and "none" with nothing.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

export async function verifyIdToken(
  idToken: string,
  expected: { keys: JWTVerifyGetKey; issuer: string; clientId: string; nonce: string; now: Date },
): Promise<IdTokenCheck> {
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(idToken, expected.keys, {
      issuer: expected.issuer,
      audience: expected.clientId,
      currentDate: expected.now,
      algorithms: ALGORITHMS,
      requiredClaims: ['sub', 'exp', 'iat'],
    }));
  } catch (err) {
    return { ok: false, reason: refusalOf(err) };
  }
  // With more than one audience the token must say it was issued to us (Core §3.1.3.7, items 4–5).
  if (Array.isArray(claims.aud) && claims.aud.length > 1 && claims.azp !== expected.clientId) return { ok: false, reason: 'wrong_audience' };
  if (claims.nonce !== expected.nonce) return { ok: false, reason: 'wrong_nonce' };
  if (typeof claims.sub !== 'string' || !claims.sub) return { ok: false, reason: 'malformed' };
  return { ok: true, claims: claims as JWTPayload & { sub: string } };
}

function refusalOf(err: unknown): IdTokenRefusal {
  if (err instanceof errors.JWTExpired) return 'expired';
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'aud') return 'wrong_audience';
    if (err.claim === 'iss') return 'wrong_issuer';
    return 'malformed';
  }
  if (err instanceof errors.JWSSignatureVerificationFailed || err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JOSEAlgNotAllowed) return 'bad_signature';
  return 'malformed';
}
