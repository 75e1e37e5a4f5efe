import { readFileSync, writeFileSync } from 'node:fs';
import { messageArgsSource, type IcuCatalogue } from './compile';

// `npm run i18n:types`: after a text's arguments change in the Dutch catalogue.
const dir = new URL('..', import.meta.url);
const nl = JSON.parse(readFileSync(new URL('catalogues/nl.json', dir), 'utf8')) as IcuCatalogue;
writeFileSync(new URL('message-args.ts', dir), messageArgsSource(nl));
