// The runtime's own printing: what the `print`/`println` builtins and panic messages write
// (Go's runtime/print.go). These formats are not fmt's: floats always in `+d.dddddde+ddd`
// form with 7 digits, pointers in hex, interfaces as `(0xtype,0xdata)`, slices as
// `[len/cap]0xptr`.
//
// `printfloat` follows print.go's algorithm step by step (normalise by repeated division by
// 10, add half a unit in the 7th digit, peel digits off with int()), because its rounding is not
// that of toExponential and the outputs must match Go's byte for byte.
//
// How it differs from Go: Go writes each piece with gwrite to fd 2 at once (or to the print
// buffer during a panic); minigo returns strings and the VM appends them to its stderr buffer.

/** The kinds the PRINT opcode knows (operand b). */
export enum PrintKind {
  Bool,
  Int,
  Uint,
  Float,
  Complex,
  String,
  Pointer,
  Eface,
  Iface,
  Slice,
}

/** print.go printfloat. */
export function printfloat(v: number): string {
  if (v !== v) return 'NaN';
  if (v + v === v && v > 0) return '+Inf';
  if (v + v === v && v < 0) return '-Inf';
  const n = 7;
  const buf: number[] = new Array(n + 7).fill(0);
  buf[0] = 0x2b; // '+'
  let e = 0;
  if (v === 0) {
    if (1 / v < 0) buf[0] = 0x2d;
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = 0x2d;
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    let h = 5.0;
    for (let i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (let i = 0; i < n; i++) {
    const s = Math.trunc(v);
    buf[i + 2] = s + 0x30;
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2]!;
  buf[2] = 0x2e;
  buf[n + 2] = 0x65;
  buf[n + 3] = 0x2b;
  if (e < 0) {
    e = -e;
    buf[n + 3] = 0x2d;
  }
  buf[n + 4] = Math.trunc(e / 100) + 0x30;
  buf[n + 5] = (Math.trunc(e / 10) % 10) + 0x30;
  buf[n + 6] = (e % 10) + 0x30;
  return String.fromCharCode(...buf);
}

export function printcomplex(re: number, im: number): string {
  return '(' + printfloat(re) + printfloat(im) + 'i)';
}

export function printhex(v: number): string {
  return '0x' + v.toString(16);
}

export function printbool(v: number): string {
  return v !== 0 ? 'true' : 'false';
}
