// Name forms: how application code spells a table or column name (snake_case in SQL, camelCase/PascalCase in
// ORMs, singular model names for plural tables). Pure string functions.

/**
 * Column names so common that a bare mention says nothing about which table it belongs to: they only count in
 * column-specific contexts (table-qualified, an ORM declaration of the table's model, an SQL string naming the
 * table).
 */
export const COMMON_NAMES: ReadonlySet<string> = new Set([
  'id',
  'uuid',
  'guid',
  'key',
  'name',
  'type',
  'kind',
  'status',
  'state',
  'value',
  'values',
  'data',
  'meta',
  'metadata',
  'code',
  'title',
  'label',
  'description',
  'body',
  'text',
  'content',
  'message',
  'url',
  'path',
  'slug',
  'position',
  'order',
  'sort',
  'rank',
  'count',
  'total',
  'amount',
  'price',
  'active',
  'enabled',
  'deleted',
  'version',
  'date',
  'time',
  'timestamp',
  'created',
  'updated',
  'created_at',
  'updated_at',
  'deleted_at',
  'inserted_at',
  'modified_at',
  'created_by',
  'updated_by',
  'parent_id',
  'user_id',
  'account_id',
  'tenant_id',
  'organization_id',
  'org_id',
  'owner_id',
  'source',
  'target',
  'result',
  'config',
  'settings',
  'options',
  'params',
  'info',
  'note',
  'notes',
  'comment',
  'start',
  'end',
  'level',
  'size',
  'index',
  'group',
  'role',
  'scope',
  'token',
  'hash',
  'number',
  'visible',
  'public',
  'private',
  'is_active',
  'is_deleted',
]);

/** True when a bare mention of this column name is too ambiguous to report (see COMMON_NAMES). */
export function isCommonName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.length <= 2 || COMMON_NAMES.has(lower);
}

/** `createdAt` → `created_at`, `UserID` → `user_id`, `HTMLParser` → `html_parser`, `CREATED_AT` → `created_at`. */
export function snake(word: string): string {
  if (!/[a-z]/.test(word)) return word.toLowerCase();
  return word
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

const IRREGULAR_PLURALS: Record<string, string> = {
  person: 'people',
  man: 'men',
  woman: 'women',
  child: 'children',
  mouse: 'mice',
  goose: 'geese',
  datum: 'data',
};
const IRREGULAR_SINGULARS: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR_PLURALS).map(([s, p]) => [p, s]),
);

function lastPart(snakeName: string): [string, string] {
  const i = snakeName.lastIndexOf('_');
  return i < 0 ? ['', snakeName] : [snakeName.slice(0, i + 1), snakeName.slice(i + 1)];
}

/** English singular of the last word of a snake_case name (`user_accounts` → `user_account`). */
export function singular(snakeName: string): string {
  const [head, word] = lastPart(snakeName);
  let s: string;
  if (IRREGULAR_SINGULARS[word]) s = IRREGULAR_SINGULARS[word];
  else if (/[^aeiou]ies$/.test(word)) s = word.slice(0, -3) + 'y';
  else if (/(?:ss|us|is)$/.test(word)) s = word;
  else if (/(?:xes|ches|shes|sses|zes)$/.test(word)) s = word.slice(0, -2);
  else if (/s$/.test(word) && word.length > 1) s = word.slice(0, -1);
  else s = word;
  return head + s;
}

/** English plural of the last word of a snake_case name (`user_account` → `user_accounts`). */
export function plural(snakeName: string): string {
  const [head, word] = lastPart(snakeName);
  let p: string;
  if (IRREGULAR_PLURALS[word]) p = IRREGULAR_PLURALS[word];
  else if (/[^aeiou]y$/.test(word)) p = word.slice(0, -1) + 'ies';
  else if (/(?:s|x|z|ch|sh)$/.test(word)) p = word + 'es';
  else p = word + 's';
  return head + p;
}

/**
 * How code may spell a snake_case name besides itself: camelCase and PascalCase (with each later part also in
 * capitals, for `userID`/`UserURL`) and SCREAMING_CASE. The name itself is not included.
 */
export function casedVariants(name: string): string[] {
  const parts = name.split('_').filter((p) => p.length > 0);
  const out = new Set<string>();
  if (parts.length === 0) return [];
  const cap = (p: string) => p[0].toUpperCase() + p.slice(1);
  // Each later part: Capitalised or UPPER (at most 2^4 combinations).
  const later = parts.slice(1, 5);
  const combos = 1 << later.length;
  for (let mask = 0; mask < combos; mask++) {
    const tail =
      later.map((p, i) => (mask & (1 << i) ? p.toUpperCase() : cap(p))).join('') +
      parts
        .slice(5)
        .map((p) => cap(p))
        .join('');
    out.add(parts[0] + tail);
    out.add(cap(parts[0]) + tail);
  }
  if (parts.length === 1) out.add(cap(parts[0]));
  out.add(name.toUpperCase());
  out.delete(name);
  // Keep only forms that really normalise back to the name (drops e.g. `Id` for `i_d`).
  return [...out].filter((v) => snake(v) === name || v.toLowerCase() === name.replace(/_/g, ''));
}

/** Strips suffixes that name a model class after its table: `UserModel`, `UserRecord`, `UserRow`, `UserEntity`. */
function modelStem(name: string): string {
  const stripped = name.replace(/(?:Model|Entity|Record|Row|Table|Schema)$/, '');
  return stripped.length > 0 ? stripped : name;
}

/**
 * How a model/class/struct name relates to a table by the usual ORM naming conventions:
 * `exact` when its snake_case is the table name (`Users`, `user_accounts`), `convention` when it is the
 * singular (`User` ↔ `users`, Rails/GORM/Sequelize) or the Django `app_model` form; otherwise undefined.
 */
export function modelMatchesTable(modelName: string, table: string): 'exact' | 'convention' | undefined {
  const raw = snake(modelName);
  if (raw === table) return 'exact';
  const n = snake(modelStem(modelName));
  if (n === table) return 'exact';
  if (plural(n) === table || singular(table) === n) return 'convention';
  if (table.endsWith('_' + n) && table.length > n.length + 1) return 'convention'; // Django: auth_user ↔ User
  // Multi-word models whose table does not split the words: Prisma's "UserProfile" (compared lower-cased), Django's
  // accounts_userprofile.
  const flat = n.replace(/_/g, '');
  if (flat !== n) {
    if (flat === table) return 'exact';
    if (table.endsWith('_' + flat)) return 'convention';
  }
  return undefined;
}

/** Normalises a table name as written in code or SQL: drops quotes and the schema (`"public"."Users"` → `users`). */
export function normalizeTableName(name: string): string {
  const parts = name.split('.');
  return parts[parts.length - 1].replace(/["`'[\]]/g, '').toLowerCase();
}
