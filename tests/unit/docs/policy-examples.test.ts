import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManaged } from '../../../lib/managed/read-managed';
import { FIREFOX_ADDON_ID } from '../../../modules/firefox-manifest';
import schema from '../../../public/managed_schema.json';

/*
 * The example policies in docs/policies/ (docs/roll-out.md) preset only settings the extension
 * declares in public/managed_schema.json, with the declared type, and values the extension takes:
 * the examples cannot drift from the schema.
 */

const DIR = join(import.meta.dirname, '../../../docs/policies');
const FILES = readdirSync(DIR).sort();

type Preset = Record<string, unknown>;
interface Example {
  /** Force-install entries: extension id and update address. */
  installs: Array<{ id: string; url: string }>;
  /** The settings preset per extension id. */
  presets: Record<string, Preset>;
}

const PROPERTIES = schema.properties as Record<string, { type: string; items?: { type: string }; enum?: string[] }>;

/** A .reg file as its keys, each with its named values (REG_SZ strings and dwords). */
function registry(text: string): Map<string, Map<string, string | number>> {
  const keys = new Map<string, Map<string, string | number>>();
  let current: Map<string, string | number> | undefined;
  for (const line of text.split(/\r?\n/)) {
    const key = /^\[(.+)\]$/.exec(line);
    if (key) keys.set(key[1]!, (current = new Map()));
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/i.exec(line);
    if (value && current) current.set(value[1]!, value[3] !== undefined ? parseInt(value[3], 16) : value[2]!.replace(/\\(.)/g, '$1'));
  }
  return keys;
}

function fromRegistry(text: string): Example {
  const keys = registry(text);
  const example: Example = { installs: [], presets: {} };
  for (const [key, values] of keys) {
    if (key.endsWith('\\ExtensionInstallForcelist')) {
      for (const entry of values.values()) {
        const [id, url] = String(entry).split(';');
        example.installs.push({ id: id!, url: url! });
      }
    }
    // …\3rdparty\extensions\<id>\policy holds the settings; a list is a subkey with values 1, 2, …
    const policy = /\\3rdparty\\extensions\\([a-p]{32})\\policy(?:\\([^\\]+))?$/.exec(key);
    if (!policy) continue;
    const preset = (example.presets[policy[1]!] ??= {});
    if (policy[2]) preset[policy[2]] = [...values.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
    else for (const [name, value] of values) preset[name] = value;
  }
  return example;
}

function fromJson(text: string): Example {
  const json = JSON.parse(text) as Record<string, unknown>;
  // Firefox's policies.json wraps everything in "policies" and spells it "Extensions".
  const policies = (json.policies ?? json) as Record<string, Record<string, Record<string, unknown>>>;
  const installs = ((policies.ExtensionInstallForcelist ?? []) as unknown as string[]).map((entry) => {
    const [id, url] = entry.split(';');
    return { id: id!, url: url! };
  });
  for (const [id, settings] of Object.entries(policies.ExtensionSettings ?? {})) {
    const s = settings as { installation_mode?: string; install_url?: string };
    if (s.installation_mode === 'force_installed') installs.push({ id, url: s.install_url! });
  }
  const thirdParty = policies['3rdparty'] ?? {};
  return { installs, presets: (thirdParty.extensions ?? thirdParty.Extensions ?? {}) as Record<string, Preset> };
}

const read = (file: string): Example => (file.endsWith('.reg') ? fromRegistry : fromJson)(readFileSync(join(DIR, file), 'utf8'));

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : typeof value;
}

describe('example policies in docs/policies', () => {
  it('has examples for Chrome, Edge and Firefox, on Windows and Linux', () => {
    expect(FILES).toEqual(expect.arrayContaining(['chrome-windows.reg', 'edge-windows.reg', 'chrome-linux.json', 'chromium-linux.json', 'edge-linux.json', 'firefox-policies.json']));
  });

  it.each(FILES)('%s presets only declared settings, with their declared types, that the extension takes', async (file) => {
    const { installs, presets } = read(file);
    const ids = Object.keys(presets);
    expect(ids, 'one extension preset').toHaveLength(1);
    const preset = presets[ids[0]!]!;
    expect(Object.keys(preset).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(preset)) {
      const declared = PROPERTIES[name];
      expect(declared, `${file}: "${name}" is not in public/managed_schema.json`).toBeDefined();
      expect(typeOf(value), `${file}: type of ${name}`).toBe(declared!.type);
      if (declared!.enum) expect(declared!.enum, `${file}: ${name}`).toContain(value);
      if (declared!.items) for (const item of value as unknown[]) expect(typeOf(item), `${file}: items of ${name}`).toBe(declared!.items.type);
    }
    // And the extension itself takes every value (nothing ignored and named as a problem).
    expect(await readManaged({ get: async () => preset })).toEqual({ settings: preset, problems: [] });
    // The extension it installs is the one it presets.
    expect(installs.map((i) => i.id)).toEqual(ids);
  });

  it.each(FILES.filter((f) => !f.startsWith('firefox')))('%s installs from the server’s update manifest', (file) => {
    const { installs } = read(file);
    expect(installs[0]!.id).toMatch(/^[a-p]{32}$/);
    expect(installs[0]!.url).toMatch(/^https:\/\/[^/]+\/extension\/updates\.xml$/);
  });

  it('names the Firefox add-on by the id the Firefox build has', () => {
    expect(Object.keys(read('firefox-policies.json').presets)).toEqual([FIREFOX_ADDON_ID]);
  });
});
