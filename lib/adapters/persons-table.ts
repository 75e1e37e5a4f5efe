import { normaliseLabel, visibleText } from './label-text';

/*
 * A family plan or a household form lists several people in one table: name, role, age, notes.
 * Only one row is the client's: the one whose role says so ("moeder, hoofdpersoon", "cliënt") or
 * whose name is the name the page gives the client ("Hoofdpersoon van dit plan: Noor Janssen").
 * The other rows are the family: their ages and genders are not the client's.
 */

export interface PersonRow {
  /** The row's age cell or birth-date cell, as written. */
  age?: string;
  birth?: string;
  gender?: 'female' | 'male';
  /** The whole row as written, for what the notes in it say of the client (a language). */
  text: string;
  /**
   * The other members' rows, and each as a line that says whose it is: every sentence of the row
   * led by the member's role ("partner: drinkt elke dag"), so that the case text reads it as
   * someone else's and not as the client's.
   */
  others: { element: Element; line: string }[];
}

const MAX_TABLES = 20;
const MAX_ROWS = 20;
const CLIENT_ROLE = /\b(?:hoofdpersoon|client|cliente|clienta|aanvrager)\b/;
const FEMALE_ROLE = /\b(?:moeder|dochter|zus|zuster|oma|grootmoeder|echtgenote|vrouw|partner \(v\)|meisje|stiefmoeder|pleegmoeder)\b/;
const MALE_ROLE = /\b(?:vader|zoon|broer|opa|grootvader|echtgenoot|man|jongen|stiefvader|pleegvader)\b/;

function column(headers: string[], test: RegExp): number {
  return headers.findIndex((h) => test.test(h));
}

/** The client's row in a table of persons, or undefined when the page has none or does not say which row is the client. */
export function clientPersonRow(root: ParentNode, clientName: string | undefined): PersonRow | undefined {
  const name = clientName ? normaliseLabel(clientName) : '';
  for (const table of Array.from(root.querySelectorAll('table')).slice(0, MAX_TABLES)) {
    const rows = Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table).slice(0, MAX_ROWS + 1);
    const head = rows[0];
    if (!head || !Array.from(head.children).every((c) => c.tagName === 'TH')) continue;
    const headers = Array.from(head.children).map((c) => normaliseLabel(visibleText(c, 60)));
    const nameCol = column(headers, /^naam\b/);
    const ageCol = column(headers, /^(?:leeftijd|lft)\b/);
    const birthCol = column(headers, /^(?:geboortedatum|geboren|geb)\b/);
    const roleCol = column(headers, /^(?:rol|relatie|positie|gezinslid)\b/);
    if (nameCol < 0 || (ageCol < 0 && birthCol < 0)) continue;
    const raw = rows.slice(1).map((r) => Array.from(r.children).map((c) => visibleText(c, 200)));
    const body = raw.map((cells) => cells.map(normaliseLabel));
    if (body.length < 2) continue;
    const byRole = roleCol >= 0 ? body.filter((cells) => CLIENT_ROLE.test(cells[roleCol] ?? '')) : [];
    const byName = name ? body.filter((cells) => (cells[nameCol] ?? '').length >= 3 && name.includes(cells[nameCol]!)) : [];
    const hits = byRole.length === 1 ? byRole : byName.length === 1 ? byName : [];
    const row = hits[0];
    if (!row) continue;
    const text = raw[body.indexOf(row)]!.join(' · ');
    const others = rows.slice(1).flatMap((element, i) => {
      if (body[i] === row) return [];
      const whose = (roleCol >= 0 ? body[i]![roleCol]?.split(/[\s,]+/)[0] : undefined) || 'familielid';
      const said = raw[i]!.filter((_, k) => k !== roleCol).join(', ');
      const line = said
        .split(/[.;!?]+/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => `${whose}: ${part}.`)
        .join(' ');
      return [{ element, line }];
    });
    const role = roleCol >= 0 ? (row[roleCol] ?? '') : '';
    const female = FEMALE_ROLE.test(role);
    const male = MALE_ROLE.test(role);
    return {
      age: ageCol >= 0 ? row[ageCol] : undefined,
      birth: birthCol >= 0 ? row[birthCol] : undefined,
      gender: female && !male ? 'female' : male && !female ? 'male' : undefined,
      text,
      others,
    };
  }
  return undefined;
}
