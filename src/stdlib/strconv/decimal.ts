// Exact decimal expansions of binary floating-point values, and Go's decimal rounding rules
// (the parts of Go's decimal.go that ftoa uses).
//
// Every finite float is mant × 2^shift, a dyadic rational with a finite decimal expansion. Go's
// decimal type computes that expansion by repeated shifting of a digit array (up to 800 digits);
// here it is computed in one step with BigInt: mant << shift when shift >= 0, mant × 5^-shift
// with the decimal point moved -shift places left otherwise. For float64 that is at most 767
// significant digits, so Go's 800-digit `trunc` flag never comes into play and is not modelled.
//
// Rounding is Go's: Round(nd) rounds half to even on the exact expansion (shouldRoundUp),
// RoundUp/RoundDown round in one direction, and every operation trims trailing zeros, which
// matters because %g's choice between %e and %f looks at the digit count.

/**
 * A decimal number 0.d[0]d[1]...d[nd-1] × 10^dp. The digits are an ASCII string ('0'..'9')
 * without trailing zeros, so that formatting is slicing.
 */
export class Decimal {
  d = '';
  dp = 0;

  get nd(): number {
    return this.d.length;
  }

  /** The digit value at index i (0 beyond the digits). */
  digit(i: number): number {
    return i < this.d.length ? this.d.charCodeAt(i) - 0x30 : 0;
  }

  /** Round to nd digits (or fewer), half to even. nd may be <= 0 (0.09 -> 0.1 for nd = 0). */
  round(nd: number): void {
    if (nd < 0 || nd >= this.d.length) return;
    if (this.shouldRoundUp(nd)) this.roundUp(nd);
    else this.roundDown(nd);
  }

  roundDown(nd: number): void {
    if (nd < 0 || nd >= this.d.length) return;
    this.d = this.d.slice(0, nd);
    this.trim();
  }

  roundUp(nd: number): void {
    if (nd < 0 || nd >= this.d.length) return;
    for (let i = nd - 1; i >= 0; i--) {
      const c = this.d.charCodeAt(i);
      if (c < 0x39) {
        this.d = this.d.slice(0, i) + String.fromCharCode(c + 1);
        return;
      }
    }
    // All nines: 999 -> 1000.
    this.d = '1';
    this.dp++;
  }

  private shouldRoundUp(nd: number): boolean {
    if (nd < 0 || nd >= this.d.length) return false;
    const c = this.d.charCodeAt(nd);
    if (c === 0x35 && nd + 1 === this.d.length) {
      // Exactly halfway: round to even.
      return nd > 0 && (this.d.charCodeAt(nd - 1) - 0x30) % 2 !== 0;
    }
    return c >= 0x35;
  }

  /** Drop trailing zeros (and the exponent of zero). */
  trim(): void {
    let n = this.d.length;
    while (n > 0 && this.d.charCodeAt(n - 1) === 0x30) n--;
    if (n < this.d.length) this.d = this.d.slice(0, n);
    if (n === 0) this.dp = 0;
  }
}

const pow5Cache: bigint[] = [1n];

function pow5(k: number): bigint {
  let p = pow5Cache[k];
  if (p === undefined) {
    p = 5n ** BigInt(k);
    pow5Cache[k] = p;
  }
  return p;
}

/** The exact decimal expansion of mant × 2^shift (mant >= 0). */
export function exactDecimal(mant: bigint, shift: number): Decimal {
  const a = new Decimal();
  if (mant === 0n) return a;
  let s: string;
  if (shift >= 0) {
    s = (mant << BigInt(shift)).toString();
    a.dp = s.length;
  } else {
    s = (mant * pow5(-shift)).toString();
    a.dp = s.length + shift;
  }
  a.d = s;
  a.trim();
  return a;
}
