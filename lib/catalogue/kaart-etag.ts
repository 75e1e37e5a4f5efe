/*
 * The ETag GET /catalogue answers covers the kaart and the kaart keeper's synonym list: the kaart's
 * own ETag while there is no list, else the two joined (`"<kaart>.<list>"`; both are base64url
 * hashes, which hold no dot). The kaart's own part is what an offer's edit starts from and what the
 * extension's kept word index belongs to (the list does not change the word index).
 */

/** The kaart's ETag with the list's, or the kaart's alone when there is no list. */
export function joinKaartEtag(kaartEtag: string, synonymsEtag: string | null): string {
  if (!synonymsEtag) return kaartEtag;
  return `${kaartEtag.replace(/"$/, '')}.${synonymsEtag.replace(/^W\//, '').replace(/^"/, '')}`;
}

/** The kaart's own ETag out of a joined one (weak stays weak); any other ETag as it is. */
export function kaartEtagOf(etag: string): string {
  const dot = etag.indexOf('.');
  return dot < 0 ? etag : `${etag.slice(0, dot)}"`;
}
