// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPicking } from '../../../lib/adapter-editor/picker';

afterEach(() => {
  document.body.innerHTML = '';
});

function setup() {
  document.body.innerHTML = `<a id="link" href="#weg">KD-1</a><span id="cell">Noord</span><div id="ours"><button id="our-button">x</button></div>`;
  const layer = document.createElement('div');
  document.body.append(layer);
  const pageClicks = vi.fn();
  document.getElementById('link')!.addEventListener('click', pageClicks);
  const onPick = vi.fn();
  const onCancel = vi.fn();
  const stop = startPicking({ doc: document, layer, isOurs: (el) => Boolean(el.closest('#ours')), onPick, onCancel });
  return { layer, pageClicks, onPick, onCancel, stop };
}

describe('picking an element on the case page', () => {
  it('outlines what is under the pointer and takes the click away from the page', () => {
    const { layer, pageClicks, onPick } = setup();
    const link = document.getElementById('link')!;
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect((layer.querySelector('[data-picker-outline]') as HTMLElement).style.display).toBe('block');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(onPick).toHaveBeenCalledWith(link);
    expect(pageClicks).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(true);
    // One pick, then the page is the page again.
    expect(layer.querySelector('[data-picker-outline]')).toBeNull();
    link.click();
    expect(pageClicks).toHaveBeenCalledTimes(1);
    expect(onPick).toHaveBeenCalledTimes(1);
  });

  it('never picks our own elements', () => {
    const { onPick } = setup();
    document.getElementById('our-button')!.click();
    expect(onPick).not.toHaveBeenCalled();
  });

  it('stops on Escape without picking', () => {
    const { onPick, onCancel, layer } = setup();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onCancel).toHaveBeenCalled();
    expect(layer.querySelector('[data-picker-outline]')).toBeNull();
    document.getElementById('cell')!.click();
    expect(onPick).not.toHaveBeenCalled();
  });
});
