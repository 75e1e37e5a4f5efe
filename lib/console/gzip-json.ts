/*
 * A kaart upload sent gzip-compressed (PUT /catalogue takes Content-Encoding: gzip): a kaart of
 * 10,000 offers is about 20 MB of JSON, over the server's 16 MB limit on the wire, and about a
 * tenth of that compressed. Where the browser has no CompressionStream the JSON goes as it is.
 */

export interface EncodedBody {
  body: BodyInit;
  headers: Record<string, string>;
}

export async function gzipJson(value: unknown): Promise<EncodedBody> {
  const json = JSON.stringify(value);
  const plain = { body: json, headers: { 'content-type': 'application/json' } };
  if (typeof CompressionStream === 'undefined') return plain;
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  const bytes = await new Response(stream).arrayBuffer();
  return { body: bytes, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } };
}
