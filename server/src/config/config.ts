// The project configuration (.sluicerc.json): one shape, validated here, read the same way by the CLI and the
// language server. Pure: loading from disk lives in load.ts.
import { RULE_IDS } from '../rules';
import type { RuleSetting } from '../rules/rule';
import { firstJsonError } from './jsonError';
import { keyLines } from './keyLines';

export const CONFIG_FILE_NAME = '.sluicerc.json';

export interface SluiceConfig {
  /** PostgreSQL major version the migrations run against. */
  pgVersion: number;
  /** Treat every migration as running inside a transaction the tool opens. */
  assumeInTransaction: boolean;
  /** Folder globs, relative to the config file, holding migrations. Empty: detect by tool layout. */
  migrationDirs: string[];
  rules: Record<string, RuleSetting>;
  /** A SQL file (relative to the config file) the PGlite dry-run applies after the history: realistic data. */
  seed?: string;
}

export const DEFAULT_CONFIG: SluiceConfig = {
  pgVersion: 15,
  assumeInTransaction: false,
  migrationDirs: [],
  rules: {},
};

export interface ConfigProblem {
  message: string;
  /** 1-based line in the config file, when known. */
  line?: number;
}

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/** Parses and validates config text. Unknown keys and bad values are problems; valid parts still apply. */
export function parseConfig(text: string): { config: Partial<SluiceConfig>; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  // Editors on Windows may save a byte order mark first; it is not part of the JSON.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const found = firstJsonError(text);
    const message = found?.message ?? (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    return { config: {}, problems: [{ message: `not valid JSON: ${message}`, line: found?.line }] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: {}, problems: [{ message: 'the configuration must be a JSON object' }] };
  }
  const lines = keyLines(text);
  const lineOf = (key: string): number | undefined => lines.top.get(key);
  const config: Partial<SluiceConfig> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case '$schema':
        break;
      case 'pgVersion':
        if (typeof value === 'number' && Number.isInteger(value) && value >= 9 && value <= 30) config.pgVersion = value;
        else
          problems.push({
            message: `"pgVersion" must be a PostgreSQL major version such as 15, not ${JSON.stringify(value)}`,
            line: lineOf(key),
          });
        break;
      case 'assumeInTransaction':
        if (typeof value === 'boolean') config.assumeInTransaction = value;
        else problems.push({ message: `"assumeInTransaction" must be true or false`, line: lineOf(key) });
        break;
      case 'migrationDirs':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) config.migrationDirs = value as string[];
        else
          problems.push({
            message: `"migrationDirs" must be an array of folder globs, e.g. ["db/migrations"]`,
            line: lineOf(key),
          });
        break;
      case 'rules':
        config.rules = parseRuleSettings(value, problems, lineOf('rules'), (id) => lines.rules.get(id));
        break;
      case 'seed':
        if (typeof value === 'string' && value.trim() !== '') config.seed = value;
        else
          problems.push({
            message: `"seed" must be the path of a SQL file, e.g. "db/seed.sql", not ${JSON.stringify(value)}`,
            line: lineOf(key),
          });
        break;
      default:
        problems.push({
          message: `unknown key "${key}" (known: pgVersion, assumeInTransaction, migrationDirs, rules, seed)`,
          line: lineOf(key),
        });
    }
  }
  return { config, problems };
}

function parseRuleSettings(
  value: unknown,
  problems: ConfigProblem[],
  rulesLine: number | undefined,
  lineOf: (id: string) => number | undefined,
): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({
      message: `"rules" must be an object such as {"require-lock-timeout": "off"}`,
      line: rulesLine,
    });
    return rules;
  }
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    if (!RULE_IDS.has(id)) {
      problems.push({ message: `unknown rule "${id}" in "rules"`, line: lineOf(id) });
    } else if (!RULE_SETTINGS.includes(setting as RuleSetting)) {
      problems.push({
        message: `rule "${id}" must be one of off, info, warning, error, not ${JSON.stringify(setting)}`,
        line: lineOf(id),
      });
    } else {
      rules[id] = setting as RuleSetting;
    }
  }
  return rules;
}

/** Later layers win; rule settings merge per rule. */
export function mergeConfig(...layers: Partial<SluiceConfig>[]): SluiceConfig {
  const merged: SluiceConfig = { ...DEFAULT_CONFIG, rules: {} };
  for (const layer of layers) {
    if (layer.pgVersion !== undefined) merged.pgVersion = layer.pgVersion;
    if (layer.assumeInTransaction !== undefined) merged.assumeInTransaction = layer.assumeInTransaction;
    if (layer.migrationDirs !== undefined) merged.migrationDirs = layer.migrationDirs;
    if (layer.rules) Object.assign(merged.rules, layer.rules);
    if (layer.seed !== undefined) merged.seed = layer.seed;
  }
  return merged;
}

/** JSON schema for .sluicerc.json; contributed to VS Code through jsonValidation so the editor completes it. */
export function configJsonSchema(): object {
  const ruleProperties: Record<string, object> = {};
  for (const id of RULE_IDS) ruleProperties[id] = { enum: RULE_SETTINGS, description: `Severity of ${id}` };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Sluice configuration (.sluicerc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      pgVersion: {
        type: 'integer',
        minimum: 9,
        maximum: 30,
        default: DEFAULT_CONFIG.pgVersion,
        description: 'PostgreSQL major version the migrations run against (decides version-dependent rules).',
      },
      assumeInTransaction: {
        type: 'boolean',
        default: false,
        description: 'Treat every migration as running inside a transaction opened by the migration tool.',
      },
      migrationDirs: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Folder globs (relative to this file) that hold migrations. Empty: detect by migration tool layout.',
      },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: ruleProperties,
        description: 'Per-rule severity: off, info, warning or error.',
      },
      seed: {
        type: 'string',
        description:
          'SQL file (relative to this file) that sluice dry-run applies on its embedded database after the earlier migrations.',
      },
    },
  };
}
