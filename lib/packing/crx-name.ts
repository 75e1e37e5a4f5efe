/** The packed extension's file name, as `npm run pack:crx` writes it and the server offers it. */
export const crxFileName = (version: string): string => `handreiking-${version}.crx`;
