// Chevrotain, loaded from its single-file bundle.
//
// The package's entry point is its unbundled ES build, which pulls in a few hundred lodash-es
// modules; resolving and compiling them costs ~0.4 s at every start of `minigo` (measured:
// import('chevrotain') 0.51 s, the bundle 0.09 s). The bundle ships in the same package
// (lib/chevrotain.mjs) with the same exports, so we load that and keep the package's types.
// Where import.meta.resolve is missing (a browser bundler), the plain import is used.
type Chevrotain = typeof import('chevrotain');

async function load(): Promise<Chevrotain> {
  const resolve = (import.meta as { resolve?: (s: string) => string }).resolve;
  if (typeof resolve === 'function') {
    const entry = resolve('chevrotain');
    return (await import(new URL('../chevrotain.mjs', entry).href)) as Chevrotain;
  }
  return import('chevrotain');
}

const chevrotain = await load();

export const { createToken, EmbeddedActionsParser, EOF } = chevrotain;
export type { IToken, TokenType } from 'chevrotain';
