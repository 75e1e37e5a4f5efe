/** Labels compare as people read them: no case, accents, punctuation at the end or extra spaces. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200b-\u200f\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/[:*?.]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    // An enumerator before the label is not part of it: "P – Hulpvraag" (SOAP), "3. Doel", "b) Wens".
    .replace(/^(?:[a-z]|\d{1,2})(?:\s*[.)]|\s+[–—-])\s+(?=\p{L})/u, '');
}

/** Visible text of an element, whitespace folded, capped so a hostile page cannot make us copy megabytes. */
export function visibleText(el: Element | null | undefined, max = 4000): string {
  if (!el) return '';
  const raw = el.textContent ?? '';
  return raw.slice(0, max * 2).replace(/\s+/g, ' ').trim().slice(0, max);
}

/**
 * The names a bilingual or combined label gives, each as a label of its own: "client id /
 * clientnummer" → ["client id", "clientnummer"]. Only a slash or bar with spaces around it
 * separates: "postcode/plaats" is one label that starts with "postcode".
 */
export function labelAlternatives(label: string): string[] {
  const parts = label.split(/\s+[/|]\s+/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? parts : [];
}
