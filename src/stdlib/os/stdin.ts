// Standard input, read through one buffer per host (so per running program) that every reader
// of descriptor 0 shares: os.File.Read on os.Stdin and fmt's Scan family.
//
// A read takes what is buffered; only when nothing is does it ask the host, for as much as one
// read gives (a pipe's available bytes, a terminal's line). Bytes are handed to the program in
// order and each exactly once, so reading ahead is invisible to it, while a program that reads
// stdin a byte at a time (fmt.Scan does, as Go's does) costs a host call per buffer, not per
// byte.
//
// How it differs from Go: Go's os.Stdin reads the descriptor directly, one read(2) per Read; a
// Read here may return fewer bytes than that read(2) would (never more), which io.Reader allows.
import type { Host } from '../../runtime/host.js';

const bufSize = 64 * 1024;

class StdinBuffer {
  private readonly buf = new Uint8Array(bufSize);
  private r = 0;
  private w = 0;

  constructor(private readonly host: Host) {}

  /** Read into dst: the count, 0 at end of input, or -errno. */
  read(dst: Uint8Array): number {
    if (dst.length === 0) return 0;
    if (this.r === this.w) {
      const read = this.host.read;
      if (read === undefined) return 0;
      if (dst.length >= bufSize) return read.call(this.host, 0, dst);
      const n = read.call(this.host, 0, this.buf);
      if (n <= 0) return n;
      this.r = 0;
      this.w = n;
    }
    const n = Math.min(dst.length, this.w - this.r);
    dst.set(this.buf.subarray(this.r, this.r + n));
    this.r += n;
    return n;
  }

  /** One byte, -1 at end of input, or throws on a read error. */
  readByte(): number {
    if (this.r < this.w) return this.buf[this.r++]!;
    const one = new Uint8Array(1);
    const n = this.read(one);
    if (n < 0) throw new StdinError(-n);
    return n === 0 ? -1 : one[0]!;
  }
}

/** A failed read of standard input (errno). */
export class StdinError extends Error {
  constructor(readonly errno: number) {
    super(`read /dev/stdin: errno ${errno}`);
  }
}

const buffers = new WeakMap<Host, StdinBuffer>();

export function stdinOf(host: Host): StdinBuffer {
  let b = buffers.get(host);
  if (b === undefined) {
    b = new StdinBuffer(host);
    buffers.set(host, b);
  }
  return b;
}

