/**
 * What every command-line tool here shares: `--help` (or `-h`) prints `usage` to stdout and exits 0, a usage
 * problem exits 2 with its message, a problem with the input exits with the code `codeFor` gives (after its
 * message), and anything else is a bug and throws.
 */
import {pathToFileURL} from 'node:url';

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
