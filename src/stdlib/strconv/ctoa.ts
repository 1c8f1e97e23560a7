// strconv.FormatComplex (Go's ctoa.go): "(" + real + signed imaginary + "i)", each part formatted
// by FormatFloat at half the complex size (complex64 has float32 parts).

import { PlainPanic } from '../../runtime/error.js';
import { type FormatByte, formatFloat } from './ftoa.js';

/** strconv.FormatComplex(c, fmt, prec, bitSize); bitSize must be 64 or 128. */
export function formatComplex(re: number, im: number, fmt: FormatByte, prec: number, bitSize: number): string {
  if (bitSize !== 64 && bitSize !== 128) throw new PlainPanic('invalid bitSize');
  const size = bitSize >> 1;
  let ims = formatFloat(im, fmt, prec, size);
  if (ims[0] !== '+' && ims[0] !== '-') ims = '+' + ims;
  return '(' + formatFloat(re, fmt, prec, size) + ims + 'i)';
}
