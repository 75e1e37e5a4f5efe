import { inflateRawSync } from 'node:zlib';
import { extensionIdOfKey, idFromDigestHex } from './extension-id';

/*
 * What the update manifest needs from a packed extension: its id and its version, read from the
 * file itself so the server never announces a version or id the file does not have. CRX3 is
 * "Cr24", format 3, a protobuf header (the signing keys and the signed id), then the ZIP.
 */

export interface PackedExtension {
  appId: string;
  version: string;
  /** The ids of the public keys the header carries (the signed id must be one of them). */
  keyIds: string[];
}

export class NotAPackedExtension extends Error {}

/** Protobuf fields of one message: number → values (only length-delimited and varint are in CRX3). */
function fields(bytes: Uint8Array): Map<number, Uint8Array[]> {
  const out = new Map<number, Uint8Array[]>();
  let at = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (at >= bytes.length) throw new NotAPackedExtension('CRX header ends inside a number');
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const tag = varint();
    const wire = tag % 8;
    if (wire === 0) varint();
    else if (wire === 2) {
      const length = varint();
      if (at + length > bytes.length) throw new NotAPackedExtension('CRX header field runs past its end');
      out.set(Math.floor(tag / 8), [...(out.get(Math.floor(tag / 8)) ?? []), bytes.subarray(at, at + length)]);
      at += length;
    } else throw new NotAPackedExtension(`CRX header has a field of wire type ${wire}`);
  }
  return out;
}

/** One file of a ZIP, found through the central directory (sizes in local headers may be zero). */
function zipEntry(zip: Buffer, name: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new NotAPackedExtension('the CRX holds no ZIP archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new NotAPackedExtension('the ZIP directory is damaged');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      return method === 0 ? data : inflateRawSync(data);
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new NotAPackedExtension(`the CRX has no ${name}`);
}

export function readCrx(file: Buffer): PackedExtension {
  if (file.length < 12 || file.toString('latin1', 0, 4) !== 'Cr24') throw new NotAPackedExtension('not a CRX file (no "Cr24" at the start)');
  if (file.readUInt32LE(4) !== 3) throw new NotAPackedExtension(`CRX format ${file.readUInt32LE(4)}; only CRX3 is served`);
  const headerLength = file.readUInt32LE(8);
  const header = fields(file.subarray(12, 12 + headerLength));
  const signed = header.get(10000)?.[0];
  const crxId = signed && fields(signed).get(1)?.[0];
  if (!crxId || crxId.length !== 16) throw new NotAPackedExtension('the CRX header carries no signed id');
  // sha256_with_rsa (2) and sha256_with_ecdsa (3): each proof's field 1 is its public key.
  const keyIds = [...(header.get(2) ?? []), ...(header.get(3) ?? [])].flatMap((proof) => fields(proof).get(1) ?? []).map(extensionIdOfKey);
  const manifest = JSON.parse(zipEntry(file.subarray(12 + headerLength), 'manifest.json').toString('utf8')) as { version?: unknown };
  if (typeof manifest.version !== 'string') throw new NotAPackedExtension('the manifest in the CRX has no version');
  return { appId: idFromDigestHex(Buffer.from(crxId).toString('hex')), version: manifest.version, keyIds };
}
