// strconv.ParseBool and FormatBool (Go's atob.go).
//
// ParseBool accepts exactly 1 t T TRUE true True and 0 f F FALSE false False; anything else is
// a *NumError{"ParseBool", s, ErrSyntax} and the value false.

import { type NumError, syntaxError } from './errors.js';
import { type StrInput, latin1, toBytes } from './utf8.js';

const trueWords = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const falseWords = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** strconv.ParseBool. */
export function parseBool(str: StrInput): [boolean, NumError | null] {
  const b = toBytes(str);
  if (b.length <= 5) {
    const s = latin1(b);
    if (trueWords.has(s)) return [true, null];
    if (falseWords.has(s)) return [false, null];
  }
  return [false, syntaxError('ParseBool', b)];
}

/** strconv.FormatBool. */
export function formatBool(b: boolean): string {
  return b ? 'true' : 'false';
}
