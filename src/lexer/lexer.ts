// The Go scanner: source text → Chevrotain tokens, with the spec's automatic semicolons and gc's
// lexical diagnostics.
//
// Design
//   The token types are Chevrotain's (tokens.ts) and the parser is Chevrotain's, but the scanner
//   is a hand-written loop over char codes rather than Chevrotain's regex-driven Lexer. Three
//   things decide it: (1) gc reports lexical errors with precise wording and positions ("invalid
//   digit '8' in octal literal" at the digit, "newline in string" at the newline) and keeps going,
//   which regex matchers cannot express; (2) the semicolon rule depends on the previous token and
//   on whether a /* */ comment spans lines, i.e. on scanner state; (3) speed: the parse benchmark
//   asks for hundreds of thousands of lines per second, and one switch per character is several
//   times faster than trying token patterns in turn.
//
//   One pass: skip blanks; at a newline (or a multi-line comment, or EOF) emit an ImplicitSemi
//   when the previous token ends a statement (`endsStatement`); otherwise scan one token by its
//   first character. Identifiers are retyped to keywords by a map lookup. Literal images are the
//   exact source text; their values are decoded by the checker (`literals.ts`).
//
// Positions
//   Lines are 1-based; columns are 1-based *byte* columns as gc counts them (a line holding "é"
//   before a token shifts that token's column by 2). Files that are pure ASCII (nearly all) take a
//   fast path; otherwise a per-line cursor converts UTF-16 offsets to UTF-8 byte columns.
//
// Line directives are collected (linedir.ts), not applied: token positions are always physical.
//
// Differences from gc: the source arrives as a decoded JS string, so invalid UTF-8 is not diagnosed.
import type { IToken, TokenType } from 'chevrotain';
import type { Diagnostic } from '../diagnostics.js';
import { goQuoteRune, goUnicodeVerb, isGoDigit, isGoLetter } from './unicode.js';
import * as T from './tokens.js';
import { parseLineDirective, type LineDirective } from './linedir.js';

export interface LexResult {
  tokens: IToken[];
  diagnostics: Diagnostic[];
  /** `//go:` directives (text after the `//`, e.g. "go:noinline"), in source order. */
  pragmas: Pragma[];
  /** Line directives (`//line f:n` and its block-comment form), in source order (linedir.ts). */
  lineDirectives: LineDirective[];
}

export interface Pragma {
  readonly line: number;
  readonly text: string;
}

const enum Ch {
  Tab = 9, LF = 10, CR = 13, Space = 32, Bang = 33, DQuote = 34, Percent = 37, Amp = 38, Quote = 39,
  LParen = 40, RParen = 41, Star = 42, Plus = 43, Comma = 44, Minus = 45, Dot = 46, Slash = 47,
  D0 = 48, D7 = 55, D9 = 57, Colon = 58, Semi = 59, Lt = 60, Eq = 61, Gt = 62,
  A = 65, E = 69, Z = 90, LBrack = 91, Backslash = 92, RBrack = 93, Caret = 94, Underscore = 95,
  Backquote = 96, a = 97, b = 98, e = 101, f = 102, i = 105, n = 110, o = 111, p = 112, r = 114,
  t = 116, u = 117, v = 118, x = 120, z = 122, LBrace = 123, Pipe = 124, RBrace = 125, Tilde = 126,
  U = 85, BOM = 0xfeff,
}

function isLetter(c: number): boolean {
  return (c >= Ch.a && c <= Ch.z) || (c >= Ch.A && c <= Ch.Z) || c === Ch.Underscore;
}
function isDecimal(c: number): boolean {
  return c >= Ch.D0 && c <= Ch.D9;
}
function isHex(c: number): boolean {
  const l = c | 0x20;
  return isDecimal(c) || (l >= Ch.a && l <= Ch.f);
}
function baseName(base: number): string {
  return base === 2 ? 'binary' : base === 8 ? 'octal' : base === 10 ? 'decimal' : 'hexadecimal';
}

/** Scan a whole file. Never throws; lexical errors are returned as diagnostics. */
export function tokenize(src: string, file: string): LexResult {
  return new Scanner(src, file).run();
}

class Scanner {
  private readonly src: string;
  private readonly file: string;
  private readonly n: number;
  private readonly ascii: boolean;
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  // UTF-16 offset → byte column cursor for non-ASCII lines.
  private curOff = 0;
  private curBytes = 0;
  private nlsemi = false;
  private readonly tokens: IToken[] = [];
  private readonly diags: Diagnostic[] = [];
  private readonly pragmas: Pragma[] = [];
  private readonly lineDirectives: LineDirective[] = [];

  constructor(src: string, file: string) {
    this.src = src;
    this.file = file;
    this.n = src.length;
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(src);
    if (src.charCodeAt(0) === Ch.BOM) {
      this.pos = 1;
      this.lineStart = 1;
      this.curOff = 1;
    }
  }

  run(): LexResult {
    const src = this.src;
    const n = this.n;
    for (;;) {
      // Skip blanks; a newline only when no semicolon is pending.
      let c = 0;
      while (this.pos < n) {
        c = src.charCodeAt(this.pos);
        if (c === Ch.Space || c === Ch.Tab || c === Ch.CR) {
          this.pos++;
        } else if (c === Ch.LF && !this.nlsemi) {
          this.newline(this.pos + 1);
          this.pos++;
        } else {
          break;
        }
      }
      if (this.pos >= n) {
        if (this.nlsemi) this.push(T.ImplicitSemi, 'EOF', this.pos);
        break;
      }
      const start = this.pos;
      if (isLetter(c)) {
        this.ident(start);
        continue;
      }
      if (c >= 0x80) {
        const cp = src.codePointAt(start)!;
        if (isGoLetter(cp)) {
          this.ident(start);
          continue;
        }
        if (isGoDigit(cp)) {
          this.errorAt(start, `identifier cannot begin with digit ${goUnicodeVerb(cp)}`);
          this.ident(start);
          continue;
        }
      }
      this.nlsemi = false;
      switch (c) {
        case Ch.LF:
          this.push(T.ImplicitSemi, 'newline', start);
          this.newline(start + 1);
          this.pos++;
          break;
        case Ch.DQuote: this.stdString(start); break;
        case Ch.Backquote: this.rawString(start); break;
        case Ch.Quote: this.rune(start); break;
        case Ch.LParen: this.op(T.LParen, start, 1); break;
        case Ch.LBrack: this.op(T.LBrack, start, 1); break;
        case Ch.LBrace: this.op(T.LBrace, start, 1); break;
        case Ch.Comma: this.op(T.Comma, start, 1); break;
        case Ch.Semi: this.pos++; this.push(T.ExplicitSemi, ';', start); break;
        case Ch.RParen: this.op(T.RParen, start, 1); this.nlsemi = true; break;
        case Ch.RBrack: this.op(T.RBrack, start, 1); this.nlsemi = true; break;
        case Ch.RBrace: this.op(T.RBrace, start, 1); this.nlsemi = true; break;
        case Ch.Colon:
          if (this.at(1) === Ch.Eq) this.op(T.Define, start, 2);
          else this.op(T.Colon, start, 1);
          break;
        case Ch.Dot:
          if (isDecimal(this.at(1))) {
            this.pos++;
            this.number(start, true);
          } else if (this.at(1) === Ch.Dot && this.at(2) === Ch.Dot) {
            this.op(T.Ellipsis, start, 3);
          } else {
            this.op(T.Period, start, 1);
          }
          break;
        case Ch.Plus:
          if (this.at(1) === Ch.Plus) { this.op(T.Inc, start, 2); this.nlsemi = true; }
          else this.opAssign(T.Add, T.AddAssign, start, 1);
          break;
        case Ch.Minus:
          if (this.at(1) === Ch.Minus) { this.op(T.Dec, start, 2); this.nlsemi = true; }
          else this.opAssign(T.Sub, T.SubAssign, start, 1);
          break;
        case Ch.Star: this.opAssign(T.Mul, T.MulAssign, start, 1); break;
        case Ch.Slash:
          if (this.at(1) === Ch.Slash) {
            this.lineComment();
          } else if (this.at(1) === Ch.Star) {
            this.fullComment(start);
          } else {
            this.opAssign(T.Quo, T.QuoAssign, start, 1);
          }
          break;
        case Ch.Percent: this.opAssign(T.Rem, T.RemAssign, start, 1); break;
        case Ch.Amp:
          if (this.at(1) === Ch.Amp) this.op(T.LAnd, start, 2);
          else if (this.at(1) === Ch.Caret) this.opAssign(T.AndNot, T.AndNotAssign, start, 2);
          else this.opAssign(T.And, T.AndAssign, start, 1);
          break;
        case Ch.Pipe:
          if (this.at(1) === Ch.Pipe) this.op(T.LOr, start, 2);
          else this.opAssign(T.Or, T.OrAssign, start, 1);
          break;
        case Ch.Caret: this.opAssign(T.Xor, T.XorAssign, start, 1); break;
        case Ch.Lt:
          if (this.at(1) === Ch.Eq) this.op(T.Leq, start, 2);
          else if (this.at(1) === Ch.Lt) this.opAssign(T.Shl, T.ShlAssign, start, 2);
          else if (this.at(1) === Ch.Minus) this.op(T.Arrow, start, 2);
          else this.op(T.Lss, start, 1);
          break;
        case Ch.Gt:
          if (this.at(1) === Ch.Eq) this.op(T.Geq, start, 2);
          else if (this.at(1) === Ch.Gt) this.opAssign(T.Shr, T.ShrAssign, start, 2);
          else this.op(T.Gtr, start, 1);
          break;
        case Ch.Eq:
          if (this.at(1) === Ch.Eq) this.op(T.Eql, start, 2);
          else this.op(T.Assign, start, 1);
          break;
        case Ch.Bang:
          if (this.at(1) === Ch.Eq) this.op(T.Neq, start, 2);
          else this.op(T.Not, start, 1);
          break;
        case Ch.Tilde: this.op(T.Tilde, start, 1); break;
        default:
          if (isDecimal(c)) {
            this.number(start, false);
            break;
          }
          this.invalidChar(start);
          this.nlsemi = this.lastEndsStatement();
      }
    }
    return { tokens: this.tokens, diagnostics: this.diags, pragmas: this.pragmas, lineDirectives: this.lineDirectives };
  }

  // ---- helpers -------------------------------------------------------------------------------

  private at(k: number): number {
    return this.src.charCodeAt(this.pos + k);
  }

  private newline(nextLineStart: number): void {
    this.line++;
    this.lineStart = nextLineStart;
    this.curOff = nextLineStart;
    this.curBytes = 0;
  }

  /** Byte column (1-based) of UTF-16 offset `off`, which must lie on the current line. */
  private col(off: number): number {
    if (this.ascii) return off - this.lineStart + 1;
    if (off < this.curOff) {
      this.curOff = this.lineStart;
      this.curBytes = 0;
    }
    const src = this.src;
    let o = this.curOff;
    let b = this.curBytes;
    while (o < off) {
      const c = src.charCodeAt(o);
      if (c < 0x80) { b += 1; o += 1; }
      else if (c < 0x800) { b += 2; o += 1; }
      else if (c >= 0xd800 && c <= 0xdbff) { b += 4; o += 2; }
      else { b += 3; o += 1; }
    }
    this.curOff = o;
    this.curBytes = b;
    return b + 1;
  }

  private push(tt: TokenType, image: string, start: number): void {
    const col = this.col(start);
    this.tokens.push({ image, startOffset: start, startLine: this.line, startColumn: col, tokenTypeIdx: tt.tokenTypeIdx!, tokenType: tt });
  }

  /** Push a token whose image is src[start, pos) and which may span lines (raw strings). */
  private pushSpan(tt: TokenType, start: number, line: number, col: number): void {
    const image = this.src.slice(start, this.pos);
    this.tokens.push({ image, startOffset: start, startLine: line, startColumn: col, tokenTypeIdx: tt.tokenTypeIdx!, tokenType: tt });
  }

  private op(tt: TokenType, start: number, len: number): void {
    this.pos = start + len;
    this.push(tt, tt.LABEL!, start);
  }

  private opAssign(plain: TokenType, assign: TokenType, start: number, len: number): void {
    if (this.src.charCodeAt(start + len) === Ch.Eq) this.op(assign, start, len + 1);
    else this.op(plain, start, len);
  }

  private errorAt(off: number, msg: string): void {
    this.diags.push({ file: this.file, line: this.line, col: this.col(off), msg });
  }

  private errorAtLineCol(line: number, col: number, msg: string): void {
    this.diags.push({ file: this.file, line, col, msg });
  }

  private lastEndsStatement(): boolean {
    const last = this.tokens[this.tokens.length - 1];
    return last !== undefined && T.endsStatement.has(last.tokenType);
  }

  // ---- tokens --------------------------------------------------------------------------------

  private ident(start: number): void {
    const src = this.src;
    let p = start;
    for (;;) {
      const c = src.charCodeAt(p);
      if (isLetter(c) || isDecimal(c)) {
        p++;
      } else if (c >= 0x80 && p < this.n) {
        const cp = src.codePointAt(p)!;
        const w = cp > 0xffff ? 2 : 1;
        if (isGoLetter(cp) || isGoDigit(cp)) {
          p += w;
        } else {
          this.pos = p;
          this.errorAt(p, `invalid character ${goUnicodeVerb(cp)} in identifier`);
          p += w;
        }
      } else {
        break;
      }
    }
    this.pos = p;
    const image = src.slice(start, p);
    const kw = image.length >= 2 ? T.keywordTypes.get(image) : undefined;
    if (kw !== undefined) {
      this.push(kw, image, start);
      this.nlsemi = kw === T.Break || kw === T.Continue || kw === T.Fallthrough || kw === T.Return;
    } else {
      this.push(T.Ident, image, start);
      this.nlsemi = true;
    }
  }

  private invalidChar(start: number): void {
    const cp = this.src.codePointAt(start)!;
    this.errorAt(start, `invalid character ${goUnicodeVerb(cp)}`);
    this.pos = start + (cp > 0xffff ? 2 : 1);
  }

  /** digits accepts { digit | '_' }; returns bit 0 = saw a digit, bit 1 = saw '_'. */
  private digits(base: number, start: number, invalid: { at: number }): number {
    const src = this.src;
    let ds = 0;
    if (base <= 10) {
      const max = Ch.D0 + base;
      for (;;) {
        const c = src.charCodeAt(this.pos);
        if (c === Ch.Underscore) ds |= 2;
        else if (isDecimal(c)) {
          ds |= 1;
          if (c >= max && invalid.at < 0) invalid.at = this.pos - start;
        } else break;
        this.pos++;
      }
    } else {
      for (;;) {
        const c = src.charCodeAt(this.pos);
        if (c === Ch.Underscore) ds |= 2;
        else if (isHex(c)) ds |= 1;
        else break;
        this.pos++;
      }
    }
    return ds;
  }

  private number(start: number, seenPoint: boolean): void {
    const src = this.src;
    let ok = true;
    let kind: TokenType = T.Int;
    let base = 10;
    let prefix = 0; // 0 decimal, '0' legacy octal, 'x', 'o', 'b'
    let digsep = 0;
    const invalid = { at: -1 };

    if (!seenPoint) {
      if (src.charCodeAt(this.pos) === Ch.D0) {
        this.pos++;
        const l = src.charCodeAt(this.pos) | 0x20;
        if (l === Ch.x) { this.pos++; base = 16; prefix = Ch.x; }
        else if (l === Ch.o) { this.pos++; base = 8; prefix = Ch.o; }
        else if (l === Ch.b) { this.pos++; base = 2; prefix = Ch.b; }
        else { base = 8; prefix = Ch.D0; digsep = 1; }
      }
      digsep |= this.digits(base, start, invalid);
      if (src.charCodeAt(this.pos) === Ch.Dot) {
        if (prefix === Ch.o || prefix === Ch.b) {
          this.errorAt(this.pos, `invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        this.pos++;
        seenPoint = true;
      }
    }
    if (seenPoint) {
      kind = T.Float;
      digsep |= this.digits(base, start, invalid);
    }
    if ((digsep & 1) === 0 && ok) {
      this.errorAt(this.pos, `${baseName(base)} literal has no digits`);
      ok = false;
    }
    const ec = src.charCodeAt(this.pos);
    const e = ec | 0x20;
    if (e === Ch.e || e === Ch.p) {
      if (ok) {
        if (e === Ch.e && prefix !== 0 && prefix !== Ch.D0) {
          this.errorAt(this.pos, `${goQuoteRune(ec)} exponent requires decimal mantissa`);
          ok = false;
        } else if (e === Ch.p && prefix !== Ch.x) {
          this.errorAt(this.pos, `${goQuoteRune(ec)} exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      this.pos++;
      kind = T.Float;
      const s = src.charCodeAt(this.pos);
      if (s === Ch.Plus || s === Ch.Minus) this.pos++;
      digsep = this.digits(10, start, { at: 0 }) | (digsep & 2);
      if ((digsep & 1) === 0 && ok) {
        this.errorAt(this.pos, 'exponent has no digits');
        ok = false;
      }
    } else if (prefix === Ch.x && kind === T.Float && ok) {
      this.errorAt(this.pos, "hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }
    if (src.charCodeAt(this.pos) === Ch.i) {
      kind = T.Imag;
      this.pos++;
    }
    const image = src.slice(start, this.pos);
    if (kind === T.Int && invalid.at >= 0 && ok) {
      this.errorAt(start + invalid.at, `invalid digit ${goQuoteRune(image.charCodeAt(invalid.at))} in ${baseName(base)} literal`);
      ok = false;
    }
    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(image);
      if (i >= 0) this.errorAt(start + i, "'_' must separate successive digits");
    }
    this.push(kind, image, start);
    this.nlsemi = true;
  }

  /** Scans an escape after the backslash; reports gc's errors. Returns false on a bad escape. */
  private escape(quote: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    let n: number;
    let base: number;
    let max: number;
    switch (c) {
      case quote: case Ch.a: case Ch.b: case Ch.f: case Ch.n: case Ch.r: case Ch.t: case Ch.v: case Ch.Backslash:
        this.pos++;
        return true;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55:
        n = 3; base = 8; max = 255;
        break;
      case Ch.x: this.pos++; n = 2; base = 16; max = 255; break;
      case Ch.u: this.pos++; n = 4; base = 16; max = 0x10ffff; break;
      case Ch.U: this.pos++; n = 8; base = 16; max = 0x10ffff; break;
      default:
        if (this.pos >= this.n) return true;
        this.errorAt(this.pos, 'unknown escape');
        return false;
    }
    let x = 0;
    for (let i = n; i > 0; i--) {
      if (this.pos >= this.n) return true;
      const d0 = src.charCodeAt(this.pos);
      let d = base;
      if (isDecimal(d0)) d = d0 - Ch.D0;
      else if ((d0 | 0x20) >= Ch.a && (d0 | 0x20) <= Ch.f) d = (d0 | 0x20) - Ch.a + 10;
      if (d >= base) {
        const cp = src.codePointAt(this.pos)!;
        this.errorAt(this.pos, `invalid character ${goQuoteRune(cp)} in ${baseName(base)} escape`);
        return false;
      }
      x = x * base + d;
      this.pos++;
    }
    if (x > max && base === 8) {
      this.errorAt(this.pos, `octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.errorAt(this.pos, `escape is invalid Unicode code point ${goUnicodeVerb(x)}`);
      return false;
    }
    return true;
  }

  private stdString(start: number): void {
    const src = this.src;
    this.pos++;
    for (;;) {
      if (this.pos >= this.n) {
        this.errorAt(start, 'string not terminated');
        break;
      }
      const c = src.charCodeAt(this.pos);
      if (c === Ch.DQuote) { this.pos++; break; }
      if (c === Ch.Backslash) {
        this.pos++;
        this.escape(Ch.DQuote);
        continue;
      }
      if (c === Ch.LF) {
        this.errorAt(this.pos, 'newline in string');
        break;
      }
      this.pos++;
    }
    this.push(T.String, src.slice(start, this.pos), start);
    this.nlsemi = true;
  }

  private rawString(start: number): void {
    const src = this.src;
    const line = this.line;
    const col = this.col(start);
    this.pos++;
    for (;;) {
      if (this.pos >= this.n) {
        this.errorAtLineCol(line, col, 'string not terminated');
        break;
      }
      const c = src.charCodeAt(this.pos++);
      if (c === Ch.Backquote) break;
      if (c === Ch.LF) this.newline(this.pos);
    }
    this.pushSpan(T.String, start, line, col);
    this.nlsemi = true;
  }

  private rune(start: number): void {
    const src = this.src;
    let ok = true;
    this.pos++;
    for (let n = 0; ; n++) {
      if (this.pos >= this.n) {
        if (ok) this.errorAt(start, 'rune literal not terminated');
        break;
      }
      const c = src.charCodeAt(this.pos);
      if (c === Ch.Quote) {
        if (ok) {
          if (n === 0) this.errorAt(this.pos, "empty rune literal or unescaped '");
          else if (n !== 1) this.errorAt(start, 'more than one character in rune literal');
        }
        this.pos++;
        break;
      }
      if (c === Ch.Backslash) {
        this.pos++;
        if (!this.escape(Ch.Quote)) ok = false;
        continue;
      }
      if (c === Ch.LF) {
        if (ok) this.errorAt(this.pos, 'newline in rune literal');
        break;
      }
      this.pos += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    this.push(T.Rune, src.slice(start, this.pos), start);
    this.nlsemi = true;
  }

  private lineComment(): void {
    const i = this.src.indexOf('\n', this.pos);
    const end = i < 0 ? this.n : i;
    if (this.src.startsWith('//go:', this.pos)) {
      this.pragmas.push({ line: this.line, text: this.src.slice(this.pos + 2, end).trimEnd() });
    } else if (this.pos === this.lineStart && this.src.startsWith('//line ', this.pos)) {
      const d = parseLineDirective(this.src.slice(this.pos + 2, end), this.line + 1, 1);
      if (d !== null) this.lineDirectives.push(d);
    }
    this.pos = end;
    this.nlsemi = this.lastEndsStatementAfterComment();
  }

  private fullComment(start: number): void {
    const src = this.src;
    const line = this.line;
    const col = this.col(start);
    const semi = this.lastEndsStatementAfterComment();
    const end = src.indexOf('*/', start + 2);
    const stop = end < 0 ? this.n : end + 2;
    for (let i = src.indexOf('\n', start + 2); i >= 0 && i < stop; i = src.indexOf('\n', i + 1)) {
      this.newline(i + 1);
    }
    this.pos = stop;
    if (end < 0) this.errorAtLineCol(line, col, 'comment not terminated');
    else if (src.startsWith('/*line ', start)) {
      const d = parseLineDirective(src.slice(start + 2, end), this.line, this.col(stop));
      if (d !== null) this.lineDirectives.push(d);
    }
    if (semi && this.line > line) {
      this.tokens.push({
        image: 'newline', startOffset: start, startLine: line, startColumn: col,
        tokenTypeIdx: T.ImplicitSemi.tokenTypeIdx!, tokenType: T.ImplicitSemi,
      });
      this.nlsemi = false;
    } else {
      this.nlsemi = semi;
    }
  }

  /** A comment does not change whether a semicolon is pending: the token before it decides. */
  private lastEndsStatementAfterComment(): boolean {
    const last = this.tokens[this.tokens.length - 1];
    return last !== undefined && last.tokenType !== T.ImplicitSemi && T.endsStatement.has(last.tokenType);
  }
}

/**
 * Index of the first '_' in a number literal that does not separate two digits, or -1. A '_' is
 * misplaced when the character before it is not a digit (the base prefix `0x`/`0o`/`0b` counts
 * as one), or when the character after it is neither a digit nor another '_' (a run of '_' is
 * reported at its second member, by the first rule).
 */
function invalidSep(x: string): number {
  const hex = x.length >= 2 && x.charCodeAt(0) === Ch.D0 && (x.charCodeAt(1) | 0x20) === Ch.x;
  const prefixed = hex || (x.length >= 2 && x.charCodeAt(0) === Ch.D0 && ((x.charCodeAt(1) | 0x20) === Ch.o || (x.charCodeAt(1) | 0x20) === Ch.b));
  const isDigitAt = (i: number): boolean => {
    const c = x.charCodeAt(i);
    return isDecimal(c) || (hex && isHex(c)) || (prefixed && i === 1);
  };
  for (let i = 0; i < x.length; i++) {
    if (x.charCodeAt(i) !== Ch.Underscore) continue;
    if (i === 0 || !isDigitAt(i - 1)) return i;
    if (i + 1 >= x.length) return i;
    const next = x.charCodeAt(i + 1);
    if (next !== Ch.Underscore && !isDigitAt(i + 1)) return i;
  }
  return -1;
}
