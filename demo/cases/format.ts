import { DEMO_ZRM_DOMAINS, LANGUAGE_NAMES, type DemoCase, type DemoZrmDomain } from './schema';

/** "1946-01-14" → "14-01-1946". */
export function formatDateNl(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}-${m}-${y}`;
}

/** Age in whole years on `today` (the real date: the demo systems behave like live ones). */
export function ageOn(isoBirthDate: string, today: Date = new Date()): number {
  const [y, m, d] = isoBirthDate.split('-').map(Number) as [number, number, number];
  let age = today.getFullYear() - y;
  const beforeBirthday = today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d);
  if (beforeBirthday) age -= 1;
  return age;
}

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

/**
 * Starting scores for systems that show both: the case's own `start` if given, otherwise derived
 * so that most domains started one point lower and a few were unchanged or have since worsened.
 */
export function startScores(c: DemoCase): Record<DemoZrmDomain, number> {
  if (c.zrm.start) return c.zrm.start;
  const seed = Number(c.id.replace(/\D/g, '').slice(-3));
  const out = {} as Record<DemoZrmDomain, number>;
  DEMO_ZRM_DOMAINS.forEach((domain, i) => {
    const now = c.zrm.scores[domain];
    const pick = (seed + i) % 4;
    if (now === 1) out[domain] = 2; // got worse: that is why there is a crisis
    else if (pick === 0 || pick === 2) out[domain] = Math.max(1, now - 1);
    else out[domain] = now;
  });
  return out;
}

function elevenProof(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * A BSN-looking test number that is NOT a valid BSN (it fails the eleven-test on purpose), so the
 * demo never shows anything that could be a real citizen service number.
 */
export function fakeBsn(c: DemoCase): string {
  const seed = Number(c.id.replace(/\D/g, '').slice(-2));
  for (let k = 0; k < 100; k++) {
    const candidate = `9999999${String((seed + k) % 100).padStart(2, '0')}`;
    if (!elevenProof(candidate)) return candidate;
  }
  throw new Error('no invalid test number found');
}
