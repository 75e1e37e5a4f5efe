import { describe, expect, it } from 'vitest';
import { frameStorageUsable } from '../../../lib/plugin/frame-storage';

describe('frameStorageUsable', () => {
  it('is true when the storage answers, also with nothing stored', () => {
    expect(frameStorageUsable(() => ({ getItem: () => null }))).toBe(true);
  });

  it('is false when the browser refuses the frame its storage, on reaching it or on reading it', () => {
    const refused = () => {
      throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
    };
    expect(frameStorageUsable(refused)).toBe(false);
    expect(frameStorageUsable(() => ({ getItem: refused }))).toBe(false);
  });
});
