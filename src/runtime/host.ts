// The host: what a running program reaches outside the VM (Go's syscalls).
//
// Design
//   Everything under src/ except the CLI and the host layer must run in a browser (DESIGN, "The
//   browser"), so the VM and the standard packages never call Node's APIs: they call a `Host`,
//   which the embedder hands to the VM as its output sink. The CLI's host (src/cli/runhost.ts)
//   is Node's file descriptors, environment and working directory; a browser page supplies its
//   own (a console for fds 1 and 2, no files).
//
//   Only `write` is required. Every other operation is optional, and a missing one behaves as
//   on a machine that has nothing there: reading gives end of file, the environment is empty,
//   one CPU, opening a file fails with ENOSYS.
//
//   Calls are synchronous, like Go's syscalls on a blocking descriptor: a read of an interactive
//   stdin waits for the line. Errors are returned as negative Linux errno values, which the os
//   package turns into Go's syscall.Errno texts (errnoText).
//
// How it differs from Go: no poller and no non-blocking descriptors; the host decides what the
// file system is.

export interface Host {
  /** Write b to descriptor fd (1, 2, or one that open returned). */
  write(fd: number, b: Uint8Array): void;
  /** Read into buf from fd: the count, 0 at end of file, or -errno. Flushes fds 1 and 2 first. */
  read?(fd: number, buf: Uint8Array): number;
  /** Open a file with Go's O_* flags: a descriptor (> 2) or -errno. */
  open?(path: string, flags: number, perm: number): number;
  /** Close a descriptor from open: 0 or -errno. */
  close?(fd: number): number;
  /** Seek (whence 0, 1, 2): the new offset or -errno. */
  seek?(fd: number, offset: number, whence: number): number;
  /** Remove a file or an empty directory: 0 or -errno. */
  remove?(path: string): number;
  /** Create a directory: 0 or -errno. */
  mkdir?(path: string, perm: number): number;
  /** The process environment, as KEY=value strings, when the program starts. */
  environ?(): string[];
  /** The working directory (absolute). */
  cwd?(): string;
  /** The directory for temporary files (Go's os.TempDir: $TMPDIR or /tmp). */
  tempDir?(): string;
  /** Logical CPUs available to the process. */
  numCPU?(): number;
  /** A random 32-bit value (for temporary file names). */
  random32?(): number;
}

/** The host of a VM (its output sink; see the header). */
export function hostOf(vm: { readonly out: Host }): Host {
  return vm.out;
}

// Linux errno values the host returns (negated) and the text Go's syscall.Errno prints.
export const Errno = {
  EPERM: 1,
  ENOENT: 2,
  EBADF: 9,
  EACCES: 13,
  EEXIST: 17,
  ENOTDIR: 20,
  EISDIR: 21,
  EINVAL: 22,
  EMFILE: 24,
  ENOSPC: 28,
  ESPIPE: 29,
  EROFS: 30,
  ENOSYS: 38,
  ENOTEMPTY: 39,
} as const;

const errnoTexts: Record<number, string> = {
  [Errno.EPERM]: 'operation not permitted',
  [Errno.ENOENT]: 'no such file or directory',
  [Errno.EBADF]: 'bad file descriptor',
  [Errno.EACCES]: 'permission denied',
  [Errno.EEXIST]: 'file exists',
  [Errno.ENOTDIR]: 'not a directory',
  [Errno.EISDIR]: 'is a directory',
  [Errno.EINVAL]: 'invalid argument',
  [Errno.EMFILE]: 'too many open files',
  [Errno.ENOSPC]: 'no space left on device',
  [Errno.ESPIPE]: 'illegal seek',
  [Errno.EROFS]: 'read-only file system',
  [Errno.ENOSYS]: 'function not implemented',
  [Errno.ENOTEMPTY]: 'directory not empty',
};

/** The text of syscall.Errno(e).Error(). */
export function errnoText(e: number): string {
  return errnoTexts[e] ?? `errno ${e}`;
}
