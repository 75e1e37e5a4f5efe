/*
 * A tiny escaping template tag. Every interpolated value is HTML-escaped unless it is already
 * SafeHtml (the result of another `html` template or of `trusted` for fixed CSS/JS in this repo).
 * Case text therefore always shows as text, even on the hostile test page.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | boolean | null | undefined | SafeHtml | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += render(values[i] as HtmlValue) + (strings[i + 1] ?? '');
  }
  return new SafeHtml(out);
}

/** Only for constant markup written in this repo (style sheets, inline demo scripts). Never case data. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Turns "Huiselijk geweld" into "huiselijk-geweld" for ids and names. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const DEMO_FOOTER_TEXT = 'Fictieve demo-gegevens';
