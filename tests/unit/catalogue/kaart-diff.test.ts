import { describe, expect, it } from 'vitest';
import { changedFields, diffKaart, sameValue } from '../../../lib/catalogue/kaart-diff';

const offer = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ id, name, description: 'Hulp.', handreiking: { kind: 'buddy', zrm: ['finances'] }, ...extra });

describe('diffKaart', () => {
  it('names the offers added, changed (with their fields) and removed', () => {
    const before = [offer('a', 'Alfa'), offer('b', 'Bravo'), offer('c', 'Charlie')];
    const after = [offer('a', 'Alfa'), offer('b', 'Bravo nieuw', { description: 'Anders.' }), offer('d', 'Delta')];
    expect(diffKaart(before, after)).toEqual({
      added: [{ id: 'd', name: 'Delta' }],
      changed: [{ id: 'b', name: 'Bravo nieuw', fields: ['description', 'name'] }],
      removed: [{ id: 'c', name: 'Charlie' }],
    });
  });

  it('sees no change when only the order of keys differs, as the database returns them', () => {
    const stored = { handreiking: { zrm: ['finances'], kind: 'buddy' }, description: 'Hulp.', name: 'Alfa', id: 'a' };
    expect(diffKaart([stored], [offer('a', 'Alfa')])).toEqual({ added: [], changed: [], removed: [] });
  });

  it('sees a change deep inside a field, and in the order of a list', () => {
    expect(changedFields(offer('a', 'A'), offer('a', 'A', { handreiking: { kind: 'buddy', zrm: ['housing'] } }))).toEqual(['handreiking']);
    expect(sameValue(['x', 'y'], ['y', 'x'])).toBe(false);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue(null, {})).toBe(false);
  });

  it('an empty kaart before: everything is added', () => {
    expect(diffKaart([], [offer('a', 'Alfa')]).added).toEqual([{ id: 'a', name: 'Alfa' }]);
  });
});
