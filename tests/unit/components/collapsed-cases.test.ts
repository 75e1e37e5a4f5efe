import { describe, expect, it } from 'vitest';
import { collapsedCasesOf, withCollapsed } from '../../../components/case-panel/collapsed-cases';

describe('collapsed cases', () => {
  it('remembers a collapsed case first, forgets it when opened, and keeps the others', () => {
    const one = withCollapsed([], 'a', true);
    expect(one).toEqual(['a']);
    const two = withCollapsed(one, 'b', true);
    expect(two).toEqual(['b', 'a']);
    expect(withCollapsed(two, 'a', true)).toEqual(['a', 'b']);
    expect(withCollapsed(two, 'b', false)).toEqual(['a']);
    expect(withCollapsed(two, 'c', false)).toEqual(['b', 'a']);
  });

  it('keeps at most the limit, dropping the oldest', () => {
    let list: string[] = [];
    for (let i = 0; i < 5; i++) list = withCollapsed(list, `r${i}`, true, 3);
    expect(list).toEqual(['r4', 'r3', 'r2']);
  });

  it('reads back only a list of strings from storage', () => {
    expect(collapsedCasesOf(undefined)).toEqual([]);
    expect(collapsedCasesOf(true)).toEqual([]);
    expect(collapsedCasesOf(['a', 3, null, 'b'])).toEqual(['a', 'b']);
  });
});
