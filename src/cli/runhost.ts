// The Node host of a running program (src/runtime/host.ts): file descriptors, the environment,
// the working directory, the CPU count.
//
// Output to fds 1 and 2 is buffered per stream and flushed when large, at exit, and before any
// read of stdin, so a program that prints a line at a time does not pay a syscall per line
// while a prompt still shows before the program waits for input (Go's os.Stdout is unbuffered;
// only the interleaving of the two streams with each other or with input could tell).
//
// Reads are synchronous (fs.readSync), as Go's read on a blocking descriptor is; a stdin that
// Node left non-blocking (EAGAIN) is waited on in short sleeps. Files opened by the program are
// read and written at offsets this host keeps, since Node has no lseek.
import { closeSync, constants as fsc, fstatSync, mkdirSync, openSync, readSync, rmdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { availableParallelism, constants } from 'node:os';
import { randomInt } from 'node:crypto';
import { Errno, type Host } from '../runtime/host.js';
import { hostClock } from '../runtime/clock.js';
import type { Clock } from '../runtime/proc.js';

/** -errno for a Node error. */
function errnoOf(e: unknown): number {
  const code = (e as NodeJS.ErrnoException).code;
  const n = code !== undefined ? (constants.errno as Record<string, number>)[code] : undefined;
  return -(n ?? Errno.EINVAL);
}

// Made on first use: a start-up snapshot (snapshot.ts) cannot hold a SharedArrayBuffer.
let sleeper: Int32Array | null = null;

/** Go's O_* flags that the host passes on (they are Linux's values). */
const O_ACCMODE = 3;
const O_APPEND = 1024;
const O_CREATE = 64;
const O_EXCL = 128;
const O_TRUNC = 512;

interface OpenFile {
  pos: number;
  append: boolean;
}

/**
 * The host clock over process.hrtime: exact nanoseconds, and nothing to load at the first
 * reading (Node loads `performance` on first use, ~1-5 ms of a minigo start).
 */
export const nodeClock: Clock = hostClock<[number, number]>(
  (origin) => {
    if (origin === undefined) return [process.hrtime(), 0];
    const [s, ns] = process.hrtime(origin);
    return [origin, s * 1e9 + ns];
  },
  Date.now,
);

export class NodeHost implements Host {
  private bufs: Uint8Array[][] = [[], [], []];
  private sizes = [0, 0, 0];
  private files = new Map<number, OpenFile>();

  write(fd: number, b: Uint8Array): void {
    if (fd === 1 || fd === 2) {
      this.bufs[fd]!.push(b.slice());
      this.sizes[fd]! += b.length;
      if (this.sizes[fd]! > 1 << 16) this.flush(fd);
      return;
    }
    const f = this.files.get(fd);
    if (f === undefined) return;
    try {
      const at = f.append ? fstatSync(fd).size : f.pos;
      let off = 0;
      while (off < b.length) off += writeSync(fd, b, off, b.length - off, at + off);
      f.pos = at + b.length;
    } catch {
      // A failed write of a program's file is not reported (the os natives check the descriptor).
    }
  }

  flush(fd: number): void {
    const list = this.bufs[fd]!;
    if (list.length === 0) return;
    const all = Buffer.concat(list);
    let off = 0;
    while (off < all.length) off += writeSync(fd, all, off);
    this.bufs[fd] = [];
    this.sizes[fd] = 0;
  }

  flushAll(): void {
    this.flush(1);
    this.flush(2);
  }

  read(fd: number, buf: Uint8Array): number {
    if (buf.length === 0) return 0;
    if (fd === 0) {
      this.flushAll();
      for (;;) {
        try {
          return readSync(0, buf, 0, buf.length, null);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') {
            sleeper ??= new Int32Array(new SharedArrayBuffer(4));
            Atomics.wait(sleeper, 0, 0, 5);
            continue;
          }
          if (code === 'EOF') return 0;
          return errnoOf(e);
        }
      }
    }
    const f = this.files.get(fd);
    if (f === undefined) return -Errno.EBADF;
    try {
      const n = readSync(fd, buf, 0, buf.length, f.pos);
      f.pos += n;
      return n;
    } catch (e) {
      return errnoOf(e);
    }
  }

  open(path: string, flags: number, perm: number): number {
    const acc = flags & O_ACCMODE;
    let nflags = acc === 0 ? fsc.O_RDONLY : acc === 1 ? fsc.O_WRONLY : fsc.O_RDWR;
    if (flags & O_APPEND) nflags |= fsc.O_APPEND;
    if (flags & O_CREATE) nflags |= fsc.O_CREAT;
    if (flags & O_EXCL) nflags |= fsc.O_EXCL;
    if (flags & O_TRUNC) nflags |= fsc.O_TRUNC;
    try {
      const fd = openSync(path, nflags, perm);
      this.files.set(fd, { pos: 0, append: (flags & O_APPEND) !== 0 });
      return fd;
    } catch (e) {
      return errnoOf(e);
    }
  }

  close(fd: number): number {
    if (!this.files.delete(fd)) return -Errno.EBADF;
    try {
      closeSync(fd);
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  seek(fd: number, offset: number, whence: number): number {
    const f = this.files.get(fd);
    if (f === undefined) return -Errno.ESPIPE;
    let base = 0;
    if (whence === 1) base = f.pos;
    else if (whence === 2) base = fstatSync(fd).size;
    else if (whence !== 0) return -Errno.EINVAL;
    if (base + offset < 0) return -Errno.EINVAL;
    f.pos = base + offset;
    return f.pos;
  }

  remove(path: string): number {
    try {
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory() === true) rmdirSync(path);
      else unlinkSync(path);
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  mkdir(path: string, perm: number): number {
    try {
      mkdirSync(path, { mode: perm });
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  /** The process environment, as `go run` passes it to the program. */
  environ(): string[] {
    return Object.entries(process.env).map(([k, v]) => `${k}=${v ?? ''}`);
  }

  cwd(): string {
    return process.cwd();
  }

  tempDir(): string {
    return process.env['TMPDIR'] || '/tmp';
  }

  numCPU(): number {
    return availableParallelism();
  }

  random32(): number {
    return randomInt(0x100000000);
  }
}
