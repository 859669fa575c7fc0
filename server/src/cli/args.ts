// A small strict argument parser: unknown options and missing values are usage errors (exit code 2).

export class UsageError extends Error {}

/** `--pg-version N`: a major version written as digits (not `1e1`, `0x0f` or ` 12`). */
export function pgVersionOption(value: string): number {
  const version = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  if (!(version >= 9 && version <= 30))
    throw new UsageError('--pg-version must be a PostgreSQL major version such as 15');
  return version;
}

export interface OptionSpec {
  /** `string` takes a value; `boolean` does not; `list` takes a value and may repeat. */
  type: 'string' | 'boolean' | 'list';
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | string[] | undefined>;
}

export function parseArgs(argv: readonly string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const positionals: string[] = [];
  const options: ParsedArgs['options'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown option --${name}`);
    if (spec.type === 'boolean') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      options[name] = true;
      continue;
    }
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (spec.type === 'list') {
      const list = (options[name] as string[] | undefined) ?? [];
      list.push(value);
      options[name] = list;
    } else {
      options[name] = value;
    }
    value = undefined;
  }
  return { positionals, options };
}
