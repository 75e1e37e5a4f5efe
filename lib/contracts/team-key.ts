import { z } from 'zod';
import { DeviceId } from './sync';
import { CaseRef } from './registration';

/*
 * The team key's wraps and the encrypted case labels (lib/privacy/team-key.ts,
 * lib/case-label/case-label.ts). Everything here is opaque to the server: public keys, wraps and
 * label blobs are checked for shape and size only.
 */

const base64 = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    // Whole groups of four: a cut-off string is not base64 (atob refuses it), so the door does too.
    .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'base64');

/** An RSA-OAEP 3072 public key as SPKI in base64 (about 564 characters). */
export const PublicKeySpki = base64(300, 1200);
/** RSA-OAEP 3072 output: 384 bytes, 512 base64 characters. */
export const WrappedKey = base64(512, 512);
export const KeyId = z.uuid();
/** 128 bits derived from the team key, hex; tells a device whether its key is the team's current one. */
export const KeyCheck = z.string().regex(/^[0-9a-f]{32}$/);
/** IV, padded plaintext (at most 2048 bytes) and tag, base64. */
export const LabelBlob = base64(40, 2800);

export const RegisterDeviceRequest = z.strictObject({ deviceId: DeviceId, publicKey: PublicKeySpki });
export type RegisterDeviceRequest = z.infer<typeof RegisterDeviceRequest>;

/**
 * Where this device stands: the team has no key yet (`none`: make one), a wrap waits for it
 * (`wrapped`), or the team has a key that has not yet been wrapped for it (`waiting`: a colleague's
 * device wraps it on its next sync).
 */
export const TeamKeyState = z.discriminatedUnion('status', [
  /** `replaces`: the team had a key, but no wrap of it is left (every device that had one was revoked): it is lost. */
  z.object({ status: z.literal('none'), device: z.uuid(), replaces: KeyId.optional() }),
  z.object({ status: z.literal('wrapped'), device: z.uuid(), keyId: KeyId, check: KeyCheck, wrappedKey: WrappedKey }),
  z.object({ status: z.literal('waiting'), device: z.uuid(), keyId: KeyId, check: KeyCheck }),
]);
export type TeamKeyState = z.infer<typeof TeamKeyState>;

export const CreateTeamKeyRequest = z.strictObject({ keyId: KeyId, check: KeyCheck, wrappedKey: WrappedKey });
export type CreateTeamKeyRequest = z.infer<typeof CreateTeamKeyRequest>;

export const WaitingDevices = z.object({ keyId: KeyId.nullable(), devices: z.array(z.object({ device: z.uuid(), publicKey: PublicKeySpki })) });
export type WaitingDevices = z.infer<typeof WaitingDevices>;

export const UploadWrapsRequest = z.strictObject({
  keyId: KeyId,
  wraps: z.array(z.strictObject({ device: z.uuid(), wrappedKey: WrappedKey })).min(1).max(100),
});
export type UploadWrapsRequest = z.infer<typeof UploadWrapsRequest>;
export const UploadWrapsResponse = z.object({ stored: z.number().int() });

export const CaseLabelEntry = z.strictObject({ caseRef: CaseRef, keyId: KeyId, blob: LabelBlob });
export type CaseLabelEntry = z.infer<typeof CaseLabelEntry>;
export const PushLabelsRequest = z.strictObject({ labels: z.array(CaseLabelEntry).min(1).max(100) });
export type PushLabelsRequest = z.infer<typeof PushLabelsRequest>;
export const PushLabelsResponse = z.object({ stored: z.number().int() });
export const PullLabelsQuery = z.object({
  cursor: z.string().regex(/^\d{1,18}$/).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export const PullLabelsResponse = z.object({ labels: z.array(CaseLabelEntry), cursor: z.string(), more: z.boolean() });
export type PullLabelsResponse = z.infer<typeof PullLabelsResponse>;
