// Register allocation for one function: a stack of registers (Lua's discipline).
//
// Design
//   Registers are handed out from `top` upward and given back by resetting `top` to a mark:
//   locals at their declaration (freed at the end of their block), temporaries while an
//   expression is evaluated (freed when the statement ends). A call's arguments are placed in
//   fresh registers at the top, so the callee's window starts there and overlaps nothing the
//   caller still needs (everything above the arguments is dead during the call).
//
//   The pointer map. The stack copier (goroutine.ts) adjusts registers that may hold pointers
//   into the stack. A register is in the function's map if any value ever allocated to it has a
//   pointer word in that position (strings' and slices' first word, interfaces' both words,
//   addresses of memory-typed values). Registers are reused for different types by the stack
//   discipline, so a register in the map may at some moment hold an integer; the copier adjusts
//   a value only if it lies inside the old stack's address range, which an integer does only if
//   it equals such an address (documented imprecision; gc's per-safepoint maps do not have it,
//   and a per-safepoint map is the fix if it ever matters).
//
// How it differs from gc: gc allocates machine registers with linear scan over SSA values and
// spills to the stack; minigo has as many registers as it likes and never spills.

export class RegAlloc {
  top = 0;
  max = 0;
  private readonly ptr = new Set<number>();

  /** n consecutive registers; ptrs[i] marks register i of them as pointer-holding. */
  alloc(n: number, ptrs?: readonly boolean[]): number {
    const r = this.top;
    this.top += n;
    if (this.top > this.max) this.max = this.top;
    if (ptrs !== undefined) for (let i = 0; i < n; i++) if (ptrs[i]) this.ptr.add(r + i);
    return r;
  }

  markPtr(r: number): void {
    this.ptr.add(r);
  }

  mark(): number {
    return this.top;
  }

  release(mark: number): void {
    this.top = mark;
  }

  /** Make sure at least n registers exist (for callee windows). */
  reserve(n: number): void {
    if (n > this.max) this.max = n;
  }

  ptrRegs(): Int32Array {
    return Int32Array.from([...this.ptr].sort((a, b) => a - b));
  }
}
