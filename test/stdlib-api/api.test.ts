// The standard packages under src/stdlib declare every name of Go 1.19's exported API.
//
// api-names.txt lists, per package, each exported constant, variable, function, type,
// method, struct field and interface method that Go's own API files (api/go1*.txt,
// linux/amd64) list. This test scans our Go declaration files line by line (they are
// gofmt-formatted, so the shape of each line is known) and fails when a listed name is not
// declared, or when we declare an exported name Go does not have. Methods and interface
// methods reached through an embedded field or interface count as declared, as in Go's
// method sets. Signatures, constant values and type layouts were checked against real
// Go 1.19 when the files were written; this test guards the names.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const stdlibRoot = fileURLToPath(new URL('../../src/stdlib', import.meta.url));
const namesFile = fileURLToPath(new URL('./api-names.txt', import.meta.url));

/** Names that Go's API has and minigo deliberately does not declare, with the reason. */
const knownOmissions: Record<string, string> = {
  'os field ProcAttr.Sys': 'its type is *syscall.SysProcAttr; minigo has no syscall package',
  'os method File.SyscallConn': 'it returns a syscall.RawConn; minigo has no syscall package',
};

type Kind = 'const' | 'var' | 'func' | 'type' | 'method' | 'field' | 'imethod';

/** What one package's files declare. */
interface PackageDecls {
  path: string;
  names: Set<string>; // "kind name", as in api-names.txt
  imports: Map<string, string>; // package name -> import path
  embeddedFields: Map<string, string[]>; // struct type -> embedded type names (maybe qualified)
  embeddedIfaces: Map<string, string[]>; // interface type -> embedded interface names
}

const ident = String.raw`[A-Za-z_][A-Za-z0-9_]*`;

/** Scans gofmt-formatted Go source for top-level declarations. */
function scanGo(path: string, sources: string[]): PackageDecls {
  const pkg: PackageDecls = {
    path,
    names: new Set(),
    imports: new Map(),
    embeddedFields: new Map(),
    embeddedIfaces: new Map(),
  };
  const add = (kind: Kind, name: string) => pkg.names.add(`${kind} ${name}`);
  const push = (m: Map<string, string[]>, k: string, v: string) => m.set(k, [...(m.get(k) ?? []), v]);

  for (const src of sources) {
    // block: what the enclosing top-level "( ... )" or "{ ... }" declares
    let block: { kind: 'const' | 'var' | 'import' | 'struct' | 'interface'; type: string } | null = null;
    for (const raw of src.split('\n')) {
      const line = raw.replace(/\s*\/\/.*$/, '');
      if (line.trim() === '') continue;
      if (block) {
        if (line === ')' || line === '}') {
          block = null;
          continue;
        }
        // Only lines indented by exactly one tab belong to the block itself; deeper lines are
        // inside a nested literal or anonymous struct.
        const m = /^\t(?!\t)(.*)$/.exec(line);
        if (!m) continue;
        const body = m[1];
        switch (block.kind) {
          case 'import': {
            const im = /^(?:(\S+) )?"([^"]+)"$/.exec(body);
            if (im) pkg.imports.set(im[1] ?? im[2].split('/').pop()!, im[2]);
            break;
          }
          case 'const':
          case 'var': {
            const names = new RegExp(`^(${ident}(?:, ${ident})*)(?:\\s|$)`).exec(body);
            if (names) for (const n of names[1].split(', ')) add(block.kind, n);
            break;
          }
          case 'struct': {
            const emb = new RegExp(`^\\*?((?:${ident}\\.)?${ident})(?:\\[.*\\])?$`).exec(body);
            if (emb) {
              const name = emb[1];
              add('field', `${block.type}.${name.split('.').pop()}`);
              push(pkg.embeddedFields, block.type, name);
              break;
            }
            const fields = new RegExp(`^(${ident}(?:, ${ident})*) `).exec(body);
            if (fields) for (const f of fields[1].split(', ')) add('field', `${block.type}.${f}`);
            break;
          }
          case 'interface': {
            const meth = new RegExp(`^(${ident})\\(`).exec(body);
            if (meth) add('imethod', `${block.type}.${meth[1]}`);
            else if (new RegExp(`^(?:${ident}\\.)?${ident}$`).test(body)) push(pkg.embeddedIfaces, block.type, body);
            break;
          }
        }
        continue;
      }
      if (/^\s/.test(line)) continue; // continuation of a multi-line top-level literal
      let m: RegExpExecArray | null;
      if ((m = /^(const|var|import) \($/.exec(line))) {
        block = { kind: m[1] as 'const' | 'var' | 'import', type: '' };
      } else if ((m = /^import (?:(\S+) )?"([^"]+)"$/.exec(line))) {
        pkg.imports.set(m[1] ?? m[2].split('/').pop()!, m[2]);
      } else if ((m = new RegExp(`^(const|var) (${ident}(?:, ${ident})*)`).exec(line))) {
        for (const n of m[2].split(', ')) add(m[1] as Kind, n);
      } else if ((m = new RegExp(`^func \\((?:${ident} )?\\*?(${ident})(?:\\[[^\\]]*\\])?\\) (${ident})[(\\[]`).exec(line))) {
        add('method', `${m[1]}.${m[2]}`);
      } else if ((m = new RegExp(`^func (${ident})[(\\[]`).exec(line))) {
        add('func', m[1]);
      } else if ((m = new RegExp(`^type (${ident})(?:\\[.*\\])? (struct|interface) \\{$`).exec(line))) {
        add('type', m[1]);
        block = { kind: m[2] as 'struct' | 'interface', type: m[1] };
      } else if ((m = new RegExp(`^type (${ident})`).exec(line))) {
        add('type', m[1]);
      }
    }
  }
  return pkg;
}

function goFilesUnder(dir: string): Map<string, string[]> {
  const byPkg = new Map<string, string[]>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.go')) {
        const pkg = relative(dir, d).split('\\').join('/');
        byPkg.set(pkg, [...(byPkg.get(pkg) ?? []), readFileSync(full, 'utf8')]);
      }
    }
  };
  walk(dir);
  return byPkg;
}

/**
 * has reports whether pkg declares `kind name`, counting methods promoted through embedded
 * struct fields and interface methods inherited from embedded interfaces.
 */
function has(all: Map<string, PackageDecls>, pkg: PackageDecls, kind: Kind, name: string, depth = 0): boolean {
  if (pkg.names.has(`${kind} ${name}`)) return true;
  if (depth > 8 || (kind !== 'method' && kind !== 'imethod')) return false;
  const [typ, member] = name.split('.');
  const embedded = (kind === 'method' ? pkg.embeddedFields : pkg.embeddedIfaces).get(typ) ?? [];
  for (const e of embedded) {
    if (e === 'error') {
      if (member === 'Error') return true;
      continue;
    }
    let target = pkg;
    let base = e;
    if (e.includes('.')) {
      const [q, b] = e.split('.');
      const other = all.get(pkg.imports.get(q) ?? '');
      if (!other) continue;
      target = other;
      base = b;
    }
    if (has(all, target, kind, `${base}.${member}`, depth + 1)) return true;
    // An embedded interface in a struct promotes its methods too.
    if (kind === 'method' && has(all, target, 'imethod', `${base}.${member}`, depth + 1)) return true;
  }
  return false;
}

function loadNames(): { pkg: string; kind: Kind; name: string }[] {
  return readFileSync(namesFile, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [pkg, kind, name] = l.split(' ');
      return { pkg, kind: kind as Kind, name };
    });
}

describe('standard package declarations', () => {
  const files = goFilesUnder(stdlibRoot);
  const all = new Map<string, PackageDecls>();
  for (const [path, sources] of files) all.set(path, scanGo(path, sources));
  const names = loadNames();

  it('has the list of Go 1.19 names', () => {
    expect(names.length).toBeGreaterThan(1500);
  });

  it('declares every package that the list names', () => {
    const missing = [...new Set(names.map((n) => n.pkg))].filter((p) => !all.has(p));
    expect(missing).toEqual([]);
  });

  it('declares every exported name of Go 1.19 (apart from the known omissions)', () => {
    const missing: string[] = [];
    for (const { pkg, kind, name } of names) {
      const decls = all.get(pkg);
      const key = `${pkg} ${kind} ${name}`;
      if (decls && has(all, decls, kind, name)) continue;
      if (!(key in knownOmissions)) missing.push(key);
    }
    expect(missing).toEqual([]);
  });

  it('still omits only what it says it omits', () => {
    const declared = Object.keys(knownOmissions).filter((key) => {
      const [pkg, kind, name] = key.split(' ');
      const decls = all.get(pkg);
      return decls !== undefined && has(all, decls, kind as Kind, name);
    });
    expect(declared).toEqual([]);
  });

  it('declares no exported name that Go 1.19 does not have', () => {
    const listed = new Set(names.map((n) => `${n.pkg} ${n.kind} ${n.name}`));
    const extra: string[] = [];
    for (const [path, decls] of all) {
      for (const entry of decls.names) {
        const [kind, name] = entry.split(' ');
        // Members of unexported types, and unexported members, are not API.
        if (!name.split('.').every((part) => /^[A-Z]/.test(part))) continue;
        if (!listed.has(`${path} ${entry}`)) extra.push(`${path} ${entry}`);
      }
    }
    expect(extra).toEqual([]);
  });
});

describe('the declaration scanner', () => {
  const src = [
    'package p',
    '',
    'import (',
    '\t"io"',
    ')',
    '',
    'const (',
    '\tA = 1',
    '\tB, C int = 2, 3',
    ')',
    '',
    'var D = map[string]int{',
    '\t"x": 1,',
    '}',
    '',
    'type T struct {',
    '\tX, Y int',
    '\t*U',
    '\tio.Reader',
    '\ts [2]struct {',
    '\t\tZ int',
    '\t}',
    '}',
    '',
    'type U struct{}',
    '',
    'func (u *U) M() int',
    '',
    'type I interface {',
    '\tio.Writer',
    '\tN(x int) error',
    '}',
    '',
    'func F[E any](e E) E',
  ].join('\n');
  const ioPkg = scanGo('io', ['package io\n\ntype Reader interface {\n\tRead(p []byte) (n int, err error)\n}\n\ntype Writer interface {\n\tWrite(p []byte) (n int, err error)\n}\n']);
  const p = scanGo('p', [src]);
  const all = new Map([
    ['io', ioPkg],
    ['p', p],
  ]);

  it('finds top-level names, fields and interface methods', () => {
    expect([...p.names].sort()).toEqual(
      [
        'const A', 'const B', 'const C', 'var D', 'type T', 'field T.X', 'field T.Y', 'field T.U',
        'field T.Reader', 'field T.s', 'type U', 'method U.M', 'type I', 'imethod I.N', 'func F',
      ].sort(),
    );
  });

  it('follows embedding, across packages too', () => {
    expect(has(all, p, 'method', 'T.M')).toBe(true);
    expect(has(all, p, 'method', 'T.Read')).toBe(true);
    expect(has(all, p, 'imethod', 'I.Write')).toBe(true);
    expect(has(all, p, 'imethod', 'I.Read')).toBe(false);
    expect(has(all, p, 'func', 'G')).toBe(false);
  });
});
