import { browser } from 'wxt/browser';

/**
 * The styles WXT builds beside a content script (`/content-scripts/<name>.css`), for its shadow
 * root; empty when they cannot be read, so the UI still comes, unstyled, instead of not at all.
 */
export async function ownStyles(name: string): Promise<string> {
  try {
    return await (await fetch(browser.runtime.getURL(`/content-scripts/${name}.css` as '/'))).text();
  } catch {
    return '';
  }
}
