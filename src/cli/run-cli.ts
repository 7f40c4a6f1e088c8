/**
 * What every command-line tool here shares: `--help` (or `-h`) prints `usage` to stdout and exits 0, a usage
 * problem exits 2 with its message, a problem with the input exits with the code `codeFor` gives (after its
 * message), and anything else is a bug and throws.
 */
import {pathToFileURL} from 'node:url';
import {parseArgs as parseNodeArgs} from 'node:util';

export class UsageError extends Error {}

export function runCli<T>(
  argv: readonly string[],
  say: (line: string) => void,
  parse: (argv: readonly string[]) => T,
  run: (options: T) => number,
  codeFor: (error: unknown) => number,
  usage: string
): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let options: T;
  try {
    options = parse(argv);
  } catch (e) {
    say((e as Error).message);
    return 2;
  }
  try {
    return run(options);
  } catch (e) {
    const code = codeFor(e);
    say((e as Error).message);
    return code;
  }
}

/** True when the module at `url` is the program being run (not imported by a test). */
export function isMain(url: string): boolean {
  return Boolean(process.argv[1]) && url === pathToFileURL(process.argv[1]!).href;
}

export interface ParsedArgs {
  values: {[name: string]: string | boolean | undefined};
  positionals: string[];
}

/**
 * Node's own argument parser (`--name value`, `--name=value`, short flags, `--`) with our messages: an unknown
 * option, a missing or empty value, or a value given to a flag is a UsageError that ends with `usage`.
 */
export function readArgs(argv: readonly string[], usage: string, options: {[name: string]: {type: 'string' | 'boolean'; short?: string}}): ParsedArgs {
  // As before Node's parser: an option's value is the next word whatever it looks like ("--pass-mark -5" is
  // refused for its value, not as an unknown option -5), and a stray "--" (npm passes one on) is no separator.
  const valued = new Map<string, string>();
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== 'string') continue;
    valued.set(`--${name}`, name);
    if (option.short) valued.set(`-${option.short}`, name);
  }
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = valued.get(argv[i]!);
    if (argv[i] === '--') continue;
    args.push(name !== undefined && i + 1 < argv.length ? `--${name}=${argv[++i]}` : argv[i]!);
  }
  let parsed: ParsedArgs;
  try {
    parsed = parseNodeArgs({args, options, allowPositionals: true, strict: true}) as ParsedArgs;
  } catch (error) {
    const {code, message} = error as {code?: string; message: string};
    const name = /--[\w-]+/.exec(message)?.[0] ?? /'([^']+)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${/'([^']+)'/.exec(message)?.[1] ?? name}; ${usage}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`${name} ${/does not take/.test(message) ? 'takes no value' : 'needs a value'}; ${usage}`);
    }
    throw new UsageError(`${message}; ${usage}`);
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '') throw new UsageError(`--${name} needs a value; ${usage}`);
  }
  return parsed;
}
