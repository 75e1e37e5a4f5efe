import { z } from 'zod';

/*
 * What a stored text may hold. PostgreSQL refuses U+0000 in text and jsonb, and a lone surrogate
 * half in jsonb, with an error that used to surface as a 500; other control characters have no
 * business in a kaart or a name either. Tab and line breaks stay: descriptions have paragraphs.
 */

// With the u flag a lone surrogate half is a code point of its own (\p{Cs}); a proper pair is not.
// U+202A–U+202E (bidi embeddings and overrides) turn the text after them around on screen, so a
// kaart entry could show a condition as something else ("Trojan Source"); Arabic or Hebrew text and
// the direction marks it may need (U+200E, U+200F, isolates) stay allowed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PLAIN_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\p{Cs}]*$/u;

export const PLAIN_TEXT_MESSAGE = 'bevat een onzichtbaar of ongeldig teken (zoals U+0000 of U+202E); haal het weg';

export const isPlainText = (value: string): boolean => PLAIN_TEXT.test(value);

/** A string without control characters or broken Unicode; chain length and trim rules onto it. */
export const plainText = () => z.string().regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE);
