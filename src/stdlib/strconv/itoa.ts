// strconv.FormatInt, FormatUint, Itoa (Go's itoa.go).
//
// Go's digits are "0123456789abcdefghijklmnopqrstuvwxyz", which is what Number and BigInt
// toString(base) produce, so formatting is toString on the exact value. A base outside 2..36
// panics with Go's message.
//
// How it differs from Go: the value is an Int64 (number when safe, else bigint); FormatUint takes
// the uint64's value (0..2^64-1), not its int64 bit pattern.

import { PlainPanic } from '../../runtime/error.js';
import type { Int64 } from './atoi.js';

function checkBase(base: number): void {
  if (!(2 <= base && base <= 36) || !Number.isInteger(base)) {
    throw new PlainPanic('strconv: illegal AppendInt/FormatInt base');
  }
}

/** strconv.FormatInt(i, base). Precondition: i is an int64 value. */
export function formatInt(i: Int64, base: number): string {
  checkBase(base);
  return i.toString(base);
}

/** strconv.FormatUint(i, base). Precondition: 0 <= i < 2^64. */
export function formatUint(i: Int64, base: number): string {
  checkBase(base);
  return i.toString(base);
}

/** strconv.Itoa. */
export function itoa(i: Int64): string {
  return i.toString(10);
}
