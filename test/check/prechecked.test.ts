// Standard packages checked in advance (Host.checked, as the CLI's start-up snapshot supplies
// them): a program checked against them gets the same packages in the same initialization order
// as a fresh check, reads no source, and shares the checked packages' objects.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StdImporter, type Host } from '../../src/compiler/check/importer.js';
import { checkProgram } from '../../src/compiler/check/program.js';
import { stdHost } from './host.js';

const stdlib = join(import.meta.dirname, '..', '..', 'src', 'stdlib');

function stdPackages(path = ''): string[] {
  const entries = readdirSync(join(stdlib, path), { withFileTypes: true });
  const own = path !== '' && entries.some((e) => e.isFile() && e.name.endsWith('.go')) ? [path] : [];
  return [...own, ...entries.filter((e) => e.isDirectory()).flatMap((e) => stdPackages(path ? `${path}/${e.name}` : e.name))];
}

/** Every standard package checked by one importer, in the given order. */
function precheck(paths: readonly string[]): ReturnType<StdImporter['checked']> {
  const importer = new StdImporter(stdHost);
  for (const p of paths) importer.importPackage(p);
  expect(importer.diagnostics).toEqual([]);
  return importer.checked();
}

const programs: Record<string, string> = {
  fmt: 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n',
  'os then fmt': 'package main\n\nimport (\n\t"os"\n\t"fmt"\n\t"strings"\n)\n\nfunc main() { fmt.Fprintln(os.Stdout, strings.ToUpper("x")) }\n',
  'sort and strconv': 'package main\n\nimport (\n\t"sort"\n\t"strconv"\n)\n\nfunc main() { s := []string{strconv.Itoa(2), "1"}; sort.Strings(s); println(s[0]) }\n',
  none: 'package main\n\nfunc main() { println("hello") }\n',
};

describe('checked standard packages', () => {
  const all = stdPackages();
  for (const order of ['sorted', 'reversed'] as const) {
    const checked = precheck(order === 'sorted' ? [...all].sort() : [...all].sort().reverse());
    for (const [name, src] of Object.entries(programs)) {
      it(`${name}, checked in ${order} order`, () => {
        const fresh = checkProgram([{ name: 'main.go', src }], stdHost);
        let reads = 0;
        const host: Host = {
          readPackage: (p) => {
            reads++;
            return stdHost.readPackage(p);
          },
          checked,
        };
        const reused = checkProgram([{ name: 'main.go', src }], host);
        expect(reused.diagnostics).toEqual(fresh.diagnostics);
        expect(reused.program!.packages.map((p) => p.pkg.path)).toEqual(fresh.program!.packages.map((p) => p.pkg.path));
        for (const p of reused.program!.packages.slice(0, -1)) expect(p).toBe(checked.get(p.pkg.path)!.cp);
        expect(reads).toBe(0);
      });
    }
  }

  it('records the imports a package asked for, in order', () => {
    const checked = precheck(['fmt']);
    expect(checked.get('fmt')!.imports).toEqual(['errors', 'io', 'os', 'strconv']);
    expect([...checked.keys()].at(-1)).toBe('fmt');
  });
});
