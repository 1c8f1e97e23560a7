// The `minigo` command: parse (and, as the stages land, build and run) Go programs.
//
// This file and src/host are the only places that may use Node APIs (files, process exit),
// so that everything else can be bundled for a browser. Exit codes follow the go command:
// 0 success, 1 for a program that does not compile (or bad usage of minigo itself),
// 3 for minigo's own internal errors.
import sourceMapSupport from 'source-map-support';
import { Command, CommanderError } from 'commander';
import { reportLines } from '../diagnostics.js';
import { parseFile } from '../parser/index.js';
import { checkProgram } from '../compiler/check/program.js';
import { programCompiler, readSources, stdHost } from './host.js';
import { formatDiagnostic } from '../diagnostics.js';
import { version } from './version.js';
import { escapeReport, gcFlags } from './escape.js';
import { assembleCommand, runCommand } from './run.js';

function parseCommand(files: string[], opts: { ast?: boolean }): number {
  let status = 0;
  const out: string[] = [];
  for (const path of files) {
    const sources = readSources([path]);
    if (sources === null) {
      status = 1;
      continue;
    }
    const { file, diagnostics } = parseFile(sources[0]!.src, path);
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

/**
 * `minigo build [flags] FILE.go...`: parse, type-check and compile to bytecode (which is then
 * dropped, as `go build` of a main package with -o /dev/null would); errors as `go build`
 * prints them, and with -gcflags=-m the escape and inlining decisions.
 */
function buildCommand(args: string[]): number {
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    process.stderr.write('minigo build: no Go files listed\n');
    return 1;
  }
  if (args.some((a) => a.startsWith('-gcflags=') && a.slice(9).split(/\s+/).includes('-S'))) return assembleCommand(files);
  const sources = readSources(files);
  if (sources === null) return 1;
  const { program, diagnostics } = checkProgram(sources, stdHost);
  if (program !== null && diagnostics.length === 0) {
    const m = escapeReport(program, gcFlags(args));
    if (m.length > 0) process.stderr.write('# command-line-arguments\n' + m.join('\n') + '\n');
    programCompiler(program).compile();
    return 0;
  }
  const lines = diagnostics.map(formatDiagnostic);
  process.stderr.write('# command-line-arguments\n' + lines.join('\n') + '\n');
  return 1;
}

function internalError(e: unknown): never {
  const msg = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
  process.stderr.write(`minigo: internal error: ${msg}\n`);
  process.exit(3);
}

export function main(argv: string[]): void {
  sourceMapSupport.install();
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
    .command('build')
    .description('parse and type-check a Go program (flags such as -gcflags=... are accepted and ignored)')
    .allowUnknownOption()
    .helpOption(false)
    .argument('[args...]', 'flags and Go source files')
    .action((args: string[]) => {
      status = buildCommand(args);
    });
  program
    .command('run')
    .description('compile and run a Go program: minigo run FILE.go [args...]')
    .allowUnknownOption()
    .helpOption(false)
    .argument('[args...]', 'flags such as -gcflags=-m, the Go source file, then the program\'s arguments')
    .action((args: string[]) => {
      // Flags come before the file: -gcflags=..., --seed N, --faketime.
      const flags: string[] = [];
      let k = 0;
      for (; k < args.length && args[k]!.startsWith('-'); k++) {
        const a = args[k]!;
        if ((a === '--seed' || a === '-seed') && k + 1 < args.length) flags.push(`--seed=${args[++k]!}`);
        else flags.push(a);
      }
      if (k >= args.length) {
        process.stderr.write('minigo run: no go files listed\n');
        status = 1;
        return;
      }
      status = runCommand(args[k]!, args.slice(k + 1), flags);
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
