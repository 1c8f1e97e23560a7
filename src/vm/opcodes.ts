// The instruction set of minigo's VM, declared once.
//
// Design
//   The VM is register-based and typed (DESIGN decision 1): the checker knows the type of every
//   value, so the code generator picks an opcode per type (ADD_I64, ADD_U32, ADD_F64, ...) and the
//   VM never asks a value what it is. Every instruction is four int32 words in the function's
//   Int32Array: `op a b c`. An instruction with more operands is wide: it takes a second group of
//   four words (`d e f g`); `width` in the table says which. The program counter counts words, so
//   a jump target is the word index of the target instruction.
//
//   Operand shapes (one letter per operand a, b, c, d, e, f, g):
//     r  a register of the current frame (window-relative index)
//     i  an immediate int32 (an offset, a size, a count)
//     k  an index into the function's constant pool (a double; NaN with an exact bigint beside it)
//     j  a jump target (word index in the same function)
//     f  a function index in the program
//     t  a runtime type index in the program (codegen/types.ts lays out its descriptor)
//     n  a native function index (the registry in natives.ts, by qualified name)
//     _  unused (0)
//
//   Register values (decision 2): bools are 0/1; integers are doubles; a 64-bit integer outside
//   ±(2^53-1) is NaN in its register with the exact bigint in the goroutine's side store; floats
//   are doubles (float32 values rounded by Math.fround); pointers are addresses. Multi-word
//   values sit in consecutive registers: string (ptr, len), slice (ptr, len, cap), interface
//   (tab, data), complex (re, im). Structs and arrays are in memory and handled by address.
//
//   Calls (see vm.ts): the callee's register window starts at the caller's register `b` (the
//   arguments are already there: r0.. of the callee); `RET a n` copies its n result registers to
//   r0.. of its own window, where the caller finds them at `b`..
//
//   This table is the only list of opcodes: `Op` (name → number), the VM's switch (which ends in
//   an exhaustiveness check), the disassembler and the tracer all derive from it.
//
// How it differs from gc: gc compiles to machine code through SSA; minigo's instructions are
// closer to Lua's or Dalvik's. Arithmetic is three-address on registers; what gc does with
// flags and condition codes is done with compare-into-register plus JT/JF, or a fused
// compare-and-branch for the common integer cases.

export interface OpInfo {
  readonly name: string;
  /** Operand shapes for a, b, c (and d, e, f, g for wide instructions). */
  readonly shape: string;
  /** 1: four words; 2: eight words. */
  readonly width: 1 | 2;
  /** What the instruction does, in terms of its operands. */
  readonly doc: string;
}

const table = [
  { name: 'NOP', shape: '___', width: 1, doc: 'nothing' },
  // ---- moves and constants
  { name: 'MOV', shape: 'rr_', width: 1, doc: 'a = b (one register, with its exact side value)' },
  { name: 'MOV2', shape: 'rr_', width: 1, doc: 'a, a+1 = b, b+1 (string, interface, complex)' },
  { name: 'MOV3', shape: 'rr_', width: 1, doc: 'a..a+2 = b..b+2 (slice)' },
  { name: 'MOVN', shape: 'rri', width: 1, doc: 'a..a+c-1 = b..b+c-1' },
  { name: 'LOADK', shape: 'rk_', width: 1, doc: 'a = consts[b] (exact: big consts are NaN plus side value)' },
  { name: 'LOADI', shape: 'ri_', width: 1, doc: 'a = b (an int32 immediate)' },
  { name: 'CLEARN', shape: 'ri_', width: 1, doc: 'a..a+b-1 = 0' },
  // ---- 64-bit integer arithmetic: fast path on plain doubles, exact slow path (int64.ts)
  { name: 'ADD_I64', shape: 'rrr', width: 1, doc: 'a = b + c, wrapped to int64' },
  { name: 'ADD_U64', shape: 'rrr', width: 1, doc: 'a = b + c, wrapped to uint64' },
  { name: 'SUB_I64', shape: 'rrr', width: 1, doc: 'a = b - c, wrapped to int64' },
  { name: 'SUB_U64', shape: 'rrr', width: 1, doc: 'a = b - c, wrapped to uint64' },
  { name: 'MUL_I64', shape: 'rrr', width: 1, doc: 'a = b * c, wrapped to int64' },
  { name: 'MUL_U64', shape: 'rrr', width: 1, doc: 'a = b * c, wrapped to uint64' },
  { name: 'DIV_I64', shape: 'rrr', width: 1, doc: 'a = b / c truncated; panics if c == 0; MinInt64/-1 = MinInt64' },
  { name: 'DIV_U64', shape: 'rrr', width: 1, doc: 'a = b / c; panics if c == 0' },
  { name: 'REM_I64', shape: 'rrr', width: 1, doc: 'a = b % c (sign of b); panics if c == 0' },
  { name: 'REM_U64', shape: 'rrr', width: 1, doc: 'a = b % c; panics if c == 0' },
  { name: 'AND_64', shape: 'rrr', width: 1, doc: 'a = b & c (int64 or uint64)' },
  { name: 'OR_64', shape: 'rrr', width: 1, doc: 'a = b | c' },
  { name: 'XOR_64', shape: 'rrr', width: 1, doc: 'a = b ^ c' },
  { name: 'ANDNOT_64', shape: 'rrr', width: 1, doc: 'a = b &^ c' },
  { name: 'SHL_I64', shape: 'rrr', width: 1, doc: 'a = b << c (c an unsigned count; >= 64 gives 0), wrapped to int64' },
  { name: 'SHL_U64', shape: 'rrr', width: 1, doc: 'a = b << c, wrapped to uint64' },
  { name: 'SHR_I64', shape: 'rrr', width: 1, doc: 'a = b >> c arithmetic (>= 64 gives 0 or -1)' },
  { name: 'SHR_U64', shape: 'rrr', width: 1, doc: 'a = b >> c logical' },
  { name: 'NEG_I64', shape: 'rr_', width: 1, doc: 'a = -b wrapped to int64' },
  { name: 'NEG_U64', shape: 'rr_', width: 1, doc: 'a = -b wrapped to uint64' },
  { name: 'COM_I64', shape: 'rr_', width: 1, doc: 'a = ^b (int64)' },
  { name: 'COM_U64', shape: 'rr_', width: 1, doc: 'a = ^b (uint64)' },
  { name: 'ADDK_I64', shape: 'rri', width: 1, doc: 'a = b + c (c an int32 immediate), wrapped to int64' },
  // ---- 32-bit integer arithmetic (8- and 16-bit types: the 32-bit op, then WRAP_*)
  { name: 'ADD_I32', shape: 'rrr', width: 1, doc: 'a = (b + c) | 0' },
  { name: 'ADD_U32', shape: 'rrr', width: 1, doc: 'a = (b + c) >>> 0' },
  { name: 'SUB_I32', shape: 'rrr', width: 1, doc: 'a = (b - c) | 0' },
  { name: 'SUB_U32', shape: 'rrr', width: 1, doc: 'a = (b - c) >>> 0' },
  { name: 'MUL_I32', shape: 'rrr', width: 1, doc: 'a = imul(b, c)' },
  { name: 'MUL_U32', shape: 'rrr', width: 1, doc: 'a = imul(b, c) >>> 0' },
  { name: 'DIV_I32', shape: 'rrr', width: 1, doc: 'a = b / c truncated, wrapped to int32; panics if c == 0' },
  { name: 'DIV_U32', shape: 'rrr', width: 1, doc: 'a = b / c (uint32); panics if c == 0' },
  { name: 'REM_I32', shape: 'rrr', width: 1, doc: 'a = b % c (int32); panics if c == 0' },
  { name: 'REM_U32', shape: 'rrr', width: 1, doc: 'a = b % c (uint32); panics if c == 0' },
  { name: 'AND_I32', shape: 'rrr', width: 1, doc: 'a = b & c (signed 32)' },
  { name: 'AND_U32', shape: 'rrr', width: 1, doc: 'a = (b & c) >>> 0' },
  { name: 'OR_I32', shape: 'rrr', width: 1, doc: 'a = b | c' },
  { name: 'OR_U32', shape: 'rrr', width: 1, doc: 'a = (b | c) >>> 0' },
  { name: 'XOR_I32', shape: 'rrr', width: 1, doc: 'a = b ^ c' },
  { name: 'XOR_U32', shape: 'rrr', width: 1, doc: 'a = (b ^ c) >>> 0' },
  { name: 'ANDNOT_I32', shape: 'rrr', width: 1, doc: 'a = b & ~c' },
  { name: 'ANDNOT_U32', shape: 'rrr', width: 1, doc: 'a = (b & ~c) >>> 0' },
  { name: 'SHL_I32', shape: 'rrr', width: 1, doc: 'a = b << c (c unsigned; >= 32 gives 0)' },
  { name: 'SHL_U32', shape: 'rrr', width: 1, doc: 'a = (b << c) >>> 0' },
  { name: 'SHR_I32', shape: 'rrr', width: 1, doc: 'a = b >> c (>= 32 gives 0 or -1)' },
  { name: 'SHR_U32', shape: 'rrr', width: 1, doc: 'a = b >>> c (>= 32 gives 0)' },
  { name: 'NEG_I32', shape: 'rr_', width: 1, doc: 'a = -b | 0' },
  { name: 'NEG_U32', shape: 'rr_', width: 1, doc: 'a = -b >>> 0' },
  { name: 'COM_I32', shape: 'rr_', width: 1, doc: 'a = ~b' },
  { name: 'COM_U32', shape: 'rr_', width: 1, doc: 'a = ~b >>> 0' },
  // ---- integer conversions and wrapping
  { name: 'WRAP_I8', shape: 'rr_', width: 1, doc: 'a = int8(b) for any integer b' },
  { name: 'WRAP_U8', shape: 'rr_', width: 1, doc: 'a = uint8(b)' },
  { name: 'WRAP_I16', shape: 'rr_', width: 1, doc: 'a = int16(b)' },
  { name: 'WRAP_U16', shape: 'rr_', width: 1, doc: 'a = uint16(b)' },
  { name: 'WRAP_I32', shape: 'rr_', width: 1, doc: 'a = int32(b)' },
  { name: 'WRAP_U32', shape: 'rr_', width: 1, doc: 'a = uint32(b)' },
  { name: 'WRAP_I64', shape: 'rr_', width: 1, doc: 'a = int64(b) for a uint64 b' },
  { name: 'WRAP_U64', shape: 'rr_', width: 1, doc: 'a = uint64(b) for an int64 b' },
  { name: 'I2F64', shape: 'rr_', width: 1, doc: 'a = float64(b), b any integer (rounded to nearest)' },
  { name: 'I2F32', shape: 'rr_', width: 1, doc: 'a = float32(b), b any integer' },
  { name: 'F2I64', shape: 'rr_', width: 1, doc: 'a = int64(b) truncated (out of range: MinInt64, as amd64)' },
  { name: 'F2U64', shape: 'rr_', width: 1, doc: 'a = uint64(b) truncated (as gc on amd64)' },
  { name: 'F2F32', shape: 'rr_', width: 1, doc: 'a = float32(b)' },
  // ---- floating point
  { name: 'ADD_F64', shape: 'rrr', width: 1, doc: 'a = b + c' },
  { name: 'SUB_F64', shape: 'rrr', width: 1, doc: 'a = b - c' },
  { name: 'MUL_F64', shape: 'rrr', width: 1, doc: 'a = b * c' },
  { name: 'DIV_F64', shape: 'rrr', width: 1, doc: 'a = b / c' },
  { name: 'ADD_F32', shape: 'rrr', width: 1, doc: 'a = fround(b + c)' },
  { name: 'SUB_F32', shape: 'rrr', width: 1, doc: 'a = fround(b - c)' },
  { name: 'MUL_F32', shape: 'rrr', width: 1, doc: 'a = fround(b * c)' },
  { name: 'DIV_F32', shape: 'rrr', width: 1, doc: 'a = fround(b / c)' },
  { name: 'NEG_F', shape: 'rr_', width: 1, doc: 'a = -b (float)' },
  // ---- comparisons into a bool register
  { name: 'EQ_I', shape: 'rrr', width: 1, doc: 'a = b == c (integers: exact, side values compared)' },
  { name: 'NE_I', shape: 'rrr', width: 1, doc: 'a = b != c (integers)' },
  { name: 'LT_I', shape: 'rrr', width: 1, doc: 'a = b < c (integers, signed or unsigned: registers hold the value)' },
  { name: 'LE_I', shape: 'rrr', width: 1, doc: 'a = b <= c (integers)' },
  { name: 'EQ_F', shape: 'rrr', width: 1, doc: 'a = b == c (floats, bools, pointers, small integers)' },
  { name: 'NE_F', shape: 'rrr', width: 1, doc: 'a = b != c' },
  { name: 'LT_F', shape: 'rrr', width: 1, doc: 'a = b < c' },
  { name: 'LE_F', shape: 'rrr', width: 1, doc: 'a = b <= c' },
  { name: 'NOT', shape: 'rr_', width: 1, doc: 'a = !b (bool)' },
  // ---- control flow
  { name: 'JMP', shape: 'j__', width: 1, doc: 'pc = a' },
  { name: 'JT', shape: 'rj_', width: 1, doc: 'if a != 0 { pc = b }' },
  { name: 'JF', shape: 'rj_', width: 1, doc: 'if a == 0 { pc = b }' },
  { name: 'JLT_I', shape: 'rrj', width: 1, doc: 'if a < b { pc = c } (integers)' },
  { name: 'JGE_I', shape: 'rrj', width: 1, doc: 'if !(a < b) { pc = c } (integers)' },
  { name: 'JLTK_I', shape: 'rij', width: 1, doc: 'if a < b (immediate) { pc = c }' },
  { name: 'JGEK_I', shape: 'rij', width: 1, doc: 'if !(a < b (immediate)) { pc = c }' },
  // ---- calls
  { name: 'CALL', shape: 'fr_', width: 1, doc: 'call function a with its window at register b' },
  { name: 'CALLI', shape: 'rr_', width: 1, doc: 'call the func value in a (a closure pointer) with its window at register b' },
  { name: 'CALLN', shape: 'nr_', width: 1, doc: 'call native a with arguments and results at register b' },
  { name: 'RET', shape: 'ri_', width: 1, doc: 'copy registers a..a+b-1 to r0.., clear the frame\'s other pointer registers (dead roots), return to the caller' },
  { name: 'CTX', shape: 'r__', width: 1, doc: 'a = the closure pointer this frame was called with' },
  // ---- memory (b is an address register, c a byte offset)
  { name: 'LOAD_U8', shape: 'rri', width: 1, doc: 'a = *(uint8*)(b + c)' },
  { name: 'LOAD_I8', shape: 'rri', width: 1, doc: 'a = *(int8*)(b + c)' },
  { name: 'LOAD_U16', shape: 'rri', width: 1, doc: 'a = *(uint16*)(b + c)' },
  { name: 'LOAD_I16', shape: 'rri', width: 1, doc: 'a = *(int16*)(b + c)' },
  { name: 'LOAD_U32', shape: 'rri', width: 1, doc: 'a = *(uint32*)(b + c)' },
  { name: 'LOAD_I32', shape: 'rri', width: 1, doc: 'a = *(int32*)(b + c)' },
  { name: 'LOAD_U64', shape: 'rri', width: 1, doc: 'a = *(uint64*)(b + c), exact' },
  { name: 'LOAD_I64', shape: 'rri', width: 1, doc: 'a = *(int64*)(b + c), exact' },
  { name: 'LOAD_F32', shape: 'rri', width: 1, doc: 'a = *(float32*)(b + c)' },
  { name: 'LOAD_F64', shape: 'rri', width: 1, doc: 'a = *(float64*)(b + c)' },
  { name: 'LOAD_PTR', shape: 'rri', width: 1, doc: 'a = *(uintptr*)(b + c) (a pointer word)' },
  { name: 'STORE_8', shape: 'rri', width: 1, doc: '*(uint8*)(a + c) = b' },
  { name: 'STORE_16', shape: 'rri', width: 1, doc: '*(uint16*)(a + c) = b' },
  { name: 'STORE_32', shape: 'rri', width: 1, doc: '*(uint32*)(a + c) = b' },
  { name: 'STORE_64', shape: 'rri', width: 1, doc: '*(uint64*)(a + c) = b, exact (any 64-bit integer)' },
  { name: 'STORE_F32', shape: 'rri', width: 1, doc: '*(float32*)(a + c) = b' },
  { name: 'STORE_F64', shape: 'rri', width: 1, doc: '*(float64*)(a + c) = b' },
  { name: 'STORE_PTR', shape: 'rri', width: 1, doc: '*(a + c) = b, a pointer: writePointer (the write barrier goes here)' },
  { name: 'STORE_SCALAR', shape: 'rri', width: 1, doc: '*(a + c) = b, a pointer-sized non-pointer word (uintptr, itab of non-pointer data)' },
  { name: 'ADDR_FP', shape: 'ri_', width: 1, doc: 'a = fp + b (address of frame memory)' },
  { name: 'ADDI', shape: 'rri', width: 1, doc: 'a = b + c (address arithmetic; nil + offset still faults on use)' },
  { name: 'NILCHK', shape: 'r__', width: 1, doc: 'panic with a nil dereference if a == 0' },
  { name: 'MEMMOVE', shape: 'rri', width: 1, doc: 'copy c bytes from b to a (no pointers)' },
  { name: 'TYPEDMOVE', shape: 'rrt', width: 1, doc: 'copy a value of type c from b to a (typedmemmove: barriers for its pointers)' },
  { name: 'MEMCLR', shape: 'ri_', width: 1, doc: 'zero b bytes at a' },
  { name: 'MEMEQ', shape: 'rrri', width: 2, doc: 'a = the d bytes at b equal those at c (memequal)' },
  // ---- allocation
  { name: 'NEW', shape: 'rt_', width: 1, doc: 'a = newobject(type b)' },
  { name: 'MAKESLICE', shape: 'rtrr', width: 2, doc: 'a..a+2 = make([]T, c, d) with T = type b (panics on bad len/cap)' },
  // ---- bounds and indexing
  { name: 'INDEX', shape: 'rrrir', width: 2, doc: 'a = b + c*d after checking 0 <= c < e (len register): element address' },
  { name: 'SLICE', shape: 'rrrrrri', width: 2, doc: 'a..a+2 = slice of (ptr b, cap c) [d:e:f] with element size g (regs d, e, f; -1 = absent)' },
  { name: 'PANICIDX', shape: 'rr_', width: 1, doc: 'panic: index out of range [a] with length b' },
  // ---- slices and strings
  { name: 'APPEND', shape: 'rrtrr', width: 2, doc: 'a..a+2 = append(slice b, d (register) elements of type c from address e (register)) (growslice)' },
  { name: 'GROW', shape: 'rrti', width: 2, doc: 'a..a+2 = slice b extended by d elements of type c (growslice when len+d > cap); the new elements are then stored' },
  { name: 'COPY', shape: 'rrri', width: 2, doc: 'a = copy(dst slice b, src slice/string c) with element size d' },
  { name: 'CONCAT', shape: 'rrr', width: 1, doc: 'a, a+1 = string b + string c' },
  { name: 'EQ_STR', shape: 'rrr', width: 1, doc: 'a = string b == string c' },
  { name: 'CMP_STR', shape: 'rrr', width: 1, doc: 'a = -1, 0, +1 comparing strings b and c bytewise' },
  { name: 'STR_INDEX', shape: 'rrr', width: 1, doc: 'a = byte c of string b (bounds checked)' },
  { name: 'STR_SLICE', shape: 'rrrr', width: 2, doc: 'a, a+1 = string b [c:d] (registers; -1 = absent)' },
  { name: 'STR_DECODE', shape: 'rrr', width: 1, doc: 'a = rune at byte c of string b, a+1 = its width (range over string)' },
  { name: 'STR_FROM_BYTES', shape: 'rr_', width: 1, doc: 'a, a+1 = string(slice b)' },
  { name: 'BYTES_FROM_STR', shape: 'rrt', width: 1, doc: 'a..a+2 = []byte(string b); c is the byte type' },
  { name: 'STR_FROM_RUNES', shape: 'rr_', width: 1, doc: 'a, a+1 = string(rune slice b)' },
  { name: 'RUNES_FROM_STR', shape: 'rrt', width: 1, doc: 'a..a+2 = []rune(string b); c is the rune type' },
  { name: 'STR_FROM_RUNE', shape: 'rr_', width: 1, doc: 'a, a+1 = string(rune(b)) (invalid: U+FFFD)' },
  // ---- interfaces and types
  { name: 'ASSERT_TYPE', shape: 'rrtit', width: 2, doc: 'a = dynamic type of interface b is type c; d: 1 panic on failure, 2 b is non-empty (tab is an itab); e: b\'s static type' },
  { name: 'ASSERT_IFACE', shape: 'rrtit', width: 2, doc: 'a, a+1 = interface b as interface type c, a+2 = ok; d: 1 panic, 2 b non-empty, 4 conversion (nil stays nil); e: b\'s static type' },
  { name: 'CALLM', shape: 'rir', width: 1, doc: 'call method #b of the itab in register a with window at register c (the receiver data word already in c)' },
  { name: 'EQ_IFACE', shape: 'rrri', width: 2, doc: 'a = interface b == interface c; d = 1 if non-empty (panics on uncomparable dynamic types)' },
  { name: 'EQ_MEM', shape: 'rrrt', width: 2, doc: 'a = values of type d at b and c are equal (Go == for structs, arrays)' },
  // ---- panics and printing
  { name: 'PANIC', shape: 'r__', width: 1, doc: 'panic with the interface{} value in a, a+1' },
  { name: 'RECOVER', shape: 'r__', width: 1, doc: 'a, a+1 = recover()' },
  { name: 'DEFER', shape: 'r__', width: 1, doc: 'push a deferred call of the func value in a (a closure without arguments; panic.ts)' },
  // ---- goroutines
  { name: 'GO', shape: 'r__', width: 1, doc: 'start a goroutine calling the func value in a (a closure without arguments; proc.ts newproc)' },
  // ---- channels and select (chanops.ts; they may park the goroutine: it resumes at the next instruction)
  { name: 'MAKECHAN', shape: 'rtr', width: 1, doc: 'a = make(chan type b, c) (c = -1: unbuffered; panics on a bad size)' },
  { name: 'CHANSEND', shape: 'rr_', width: 1, doc: 'a <- the element at address b (blocks; panics if a is closed)' },
  { name: 'CHANRECV', shape: 'rrr', width: 1, doc: 'receive from channel b into address c (c = -1: discard); a = ok (a = -1: not wanted) (blocks)' },
  { name: 'CHANCLOSE', shape: 'r__', width: 1, doc: 'close(a) (panics if a is nil or closed)' },
  { name: 'SELECT', shape: 'rriii', width: 2, doc: 'a, a+1 = chosen case (-1: default), recvOK of selectgo over the c sends and d receives in the scase array at address b; e = 1: no default (blocks)' },
  { name: 'RUNDEFERS', shape: '___', width: 1, doc: 'run the frame\'s deferred calls (before RET)' },
  { name: 'PRINT', shape: 'ri_', width: 1, doc: 'print the value at a as kind b (print.ts PrintKind) to stderr' },
  { name: 'PRINTSP', shape: '___', width: 1, doc: 'print a space' },
  { name: 'PRINTNL', shape: '___', width: 1, doc: 'print a newline' },
  { name: 'UNREACHABLE', shape: '___', width: 1, doc: 'throw: control reached a point the compiler proved dead (missing return)' },
] as const satisfies readonly OpInfo[];

type Table = typeof table;
type OpIndex = {
  [K in keyof Table as K extends `${number}` ? Table[K]['name'] : never]: K extends `${infer N extends number}` ? N : never;
};

/** Opcode numbers by name. */
export const Op: Readonly<OpIndex> = Object.freeze(Object.fromEntries(table.map((e, i) => [e.name, i]))) as OpIndex;
export type OpName = keyof OpIndex;
/** The union of all opcode numbers: the VM's switch is exhaustive over it. */
export type OpCode = OpIndex[OpName];
/** The table, indexed by opcode number. */
export const opInfo: readonly OpInfo[] = table;
export const numOps = table.length;

/** Words an instruction with opcode op occupies. */
export function opWords(op: number): number {
  return table[op]!.width * 4;
}

/** For the exhaustiveness check at the end of a switch over OpCode. */
export function unreachableOp(op: never): never {
  throw new Error(`unknown opcode ${String(op)}`);
}
