import { synonymProblems, type SynonymList, type SynonymProblemRule } from '../contracts/synonyms';

/*
 * The keeper's synonym list as the console edits it: each group one comma-separated text, the
 * English words and the Dutch phrases as rows of two texts. Checked with the contract's own rules
 * (synonymProblems) before it is sent, so the console and the server refuse the same lists.
 */

export interface EntryRow {
  from: string;
  to: string;
}

export interface SynonymValues {
  groups: string[];
  english: EntryRow[];
  phrases: EntryRow[];
}

export type EntryField = 'english' | 'phrases';

/** Where a problem is in the form: a group's text, an entry's row, or the list as a whole. */
export type FieldKey = `groups.${number}` | `${EntryField}.${number}` | 'groups' | EntryField;

export interface FormProblem {
  field: FieldKey;
  rule: SynonymProblemRule;
}

export const emptyRow = (): EntryRow => ({ from: '', to: '' });

export function synonymValuesOf(list: SynonymList): SynonymValues {
  const rows = (record: Record<string, string>) => Object.entries(record).map(([from, to]) => ({ from, to }));
  return { groups: list.groups.map((g) => g.words.join(', ')), english: rows(list.english), phrases: rows(list.phrases) };
}

const wordsOf = (text: string) => text.split(',').map((w) => w.trim()).filter(Boolean);
const filled = (row: EntryRow) => Boolean(row.from.trim() || row.to.trim());

/**
 * The list to send, or where it is wrong. Empty groups and empty rows are left out (an added but
 * unused line is no mistake); an English word or phrase given twice is, as the list keeps one.
 */
export function synonymListFrom(values: SynonymValues): { ok: true; list: SynonymList } | { ok: false; problems: FormProblem[] } {
  const groupAt = values.groups.map((text, i) => ({ i, words: wordsOf(text) })).filter((g) => g.words.length);
  const problems: FormProblem[] = [];
  const records = {} as Record<EntryField, Record<string, string>>;
  const rowOf = {} as Record<EntryField, Map<string, number>>;
  for (const field of ['english', 'phrases'] as const) {
    records[field] = {};
    rowOf[field] = new Map();
    values[field].forEach((row, i) => {
      if (!filled(row)) return;
      const key = row.from.trim().toLowerCase();
      if (rowOf[field].has(key)) problems.push({ field: `${field}.${i}`, rule: 'duplicate_word' });
      else rowOf[field].set(key, i);
      records[field][key] = row.to.trim().toLowerCase();
    });
  }
  const list: SynonymList = {
    groups: groupAt.map((g) => ({ words: g.words.map((w) => w.toLowerCase()) })),
    english: records.english,
    phrases: records.phrases,
  };
  for (const p of synonymProblems(list)) {
    const [where, which] = p.path;
    if (where === 'groups') problems.push({ field: typeof which === 'number' ? `groups.${groupAt[which]!.i}` : 'groups', rule: p.rule });
    else if (where === 'english' || where === 'phrases') {
      const row = typeof which === 'string' ? rowOf[where].get(which) : undefined;
      problems.push({ field: row === undefined ? where : `${where}.${row}`, rule: p.rule });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, list };
}
