import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * The web pages the API serves from a Vite build (the console, the vendor plugin): only the files
 * Vite writes, by name, so no path a request makes up reaches the disk.
 */

/**
 * Their CSP but for who may frame them: scripts, styles, images and calls of the API's own origin
 * only, nothing inline, no base or form target elsewhere.
 */
export const OWN_ORIGIN_ONLY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  connectSrc: ["'self'"],
  imgSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/** Vite's hashed scripts and styles. */
export const BUILT_ASSET = /^assets\/[A-Za-z0-9_.-]+\.(js|css)$/;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A built file's bytes and type; null when it is not there (not built). */
export async function readBuiltFile(dir: string, file: string): Promise<{ body: Uint8Array<ArrayBuffer>; type: string } | null> {
  try {
    return { body: new Uint8Array(await readFile(join(dir, file))), type: TYPES[file.split('.').pop()!] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
