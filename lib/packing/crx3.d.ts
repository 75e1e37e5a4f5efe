// The crx3 package (CommonJS) ships no types; only what lib/packing/pack-crx.ts uses.
declare module 'crx3' {
  interface Crx3Options {
    keyPath: string;
    crxPath: string;
  }
  interface Crx3Result {
    appId: string;
  }
  export default function crx3(files: string[], options: Crx3Options): Promise<Crx3Result>;
}
