import { describe, expect, it } from 'vitest';
import { figure, share } from '../../../lib/stats/figure';

describe('small-number protection', () => {
  it('hides 1 to threshold − 1, shows 0 and the threshold itself', () => {
    expect([0, 1, 4, 5, 12].map((n) => figure(n, 5))).toEqual([0, '<5', '<5', 5, 12]);
    expect(figure(9, 10)).toBe('<10');
  });

  it('gives a share from the true counts only when the base reaches the threshold', () => {
    expect(share(2, 5, 5)).toBe(0.4);
    expect(share(1, 4, 5)).toBeNull();
    expect(share(0, 0, 5)).toBeNull();
    expect(share(0, 0, 1)).toBeNull();
  });
});
