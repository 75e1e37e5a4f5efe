import type { SynonymList } from '../contracts/synonyms';

/*
 * What someone else changed in the keeper's synonym list between the copy a keeper started from and
 * the list stored now, so that after a refused save (409) the keeper keeps their own edits and sees
 * what to take over from the other's, instead of losing one of the two.
 */

export interface EntryChange {
  from: string;
  to: string;
  /** The Dutch word it stood for before, when only that changed. */
  was?: string;
}

export interface EntryChanges {
  added: EntryChange[];
  removed: EntryChange[];
  changed: EntryChange[];
}

export interface SynonymChanges {
  /** Groups as their words; a group counts as the same whatever the order of its words. */
  groupsAdded: string[][];
  groupsRemoved: string[][];
  english: EntryChanges;
  phrases: EntryChanges;
}

const groupKey = (words: readonly string[]) => [...words].sort().join('\u0000');

function entryChanges(before: Record<string, string>, after: Record<string, string>): EntryChanges {
  const changes: EntryChanges = { added: [], removed: [], changed: [] };
  for (const [from, to] of Object.entries(after)) {
    const was = before[from];
    if (was === undefined) changes.added.push({ from, to });
    else if (was !== to) changes.changed.push({ from, to, was });
  }
  for (const [from, to] of Object.entries(before)) if (!(from in after)) changes.removed.push({ from, to });
  return changes;
}

export function synonymChanges(before: SynonymList, after: SynonymList): SynonymChanges {
  const keysBefore = new Set(before.groups.map((g) => groupKey(g.words)));
  const keysAfter = new Set(after.groups.map((g) => groupKey(g.words)));
  return {
    groupsAdded: after.groups.filter((g) => !keysBefore.has(groupKey(g.words))).map((g) => g.words),
    groupsRemoved: before.groups.filter((g) => !keysAfter.has(groupKey(g.words))).map((g) => g.words),
    english: entryChanges(before.english, after.english),
    phrases: entryChanges(before.phrases, after.phrases),
  };
}
