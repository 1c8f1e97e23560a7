// The `minigo` command: parse (and, as the stages land, build and run) Go programs.
//
// This file and src/host are the only places that may use Node APIs (files, process exit),
// so that everything else can be bundled for a browser. Exit codes follow the go command:
// 0 success, 1 for a program that does not compile (or bad usage of minigo itself),
// 3 for minigo's own internal errors.
import { readFileSync } from 'node:fs';
import sourceMapSupport from 'source-map-support';
import { Command, CommanderError } from 'commander';
import { reportLines } from '../diagnostics.js';
import { parseFile } from '../parser/index.js';
import { version } from './version.js';

sourceMapSupport.install();

function readSource(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : String(e);
    process.stderr.write(`minigo: open ${path}: ${why}\n`);
    return null;
  }
}

function parseCommand(files: string[], opts: { ast?: boolean }): number {
  let status = 0;
  const out: string[] = [];
  for (const path of files) {
    const src = readSource(path);
    if (src === null) {
      status = 1;
      continue;
    }
    const { file, diagnostics } = parseFile(src, path);
    if (diagnostics.length > 0) {
      process.stderr.write(reportLines(diagnostics).join('\n') + '\n');
      status = 1;
    } else if (opts.ast) {
      out.push(JSON.stringify(file, null, 2));
    }
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
  return status;
}

function internalError(e: unknown): never {
  const msg = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
  process.stderr.write(`minigo: internal error: ${msg}\n`);
  process.exit(3);
}

export function main(argv: string[]): void {
  const program = new Command('minigo')
    .description('Go 1.19 on Node.js, with an emulated Go runtime')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let status = 0;
  program
    .command('parse')
    .description('check the syntax of Go files; --ast prints what the parser saw as JSON')
    .option('--ast', 'print the syntax tree as JSON')
    .argument('<files...>', 'Go source files')
    .action((files: string[], opts: { ast?: boolean }) => {
      status = parseCommand(files, opts);
    });
  program
    .command('version')
    .description('print minigo version')
    .action(() => {
      process.stdout.write(`minigo version ${version} go1.19 linux/amd64\n`);
    });
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
    internalError(e);
  }
  process.exitCode = status;
}
