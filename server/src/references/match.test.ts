import * as assert from 'assert';
import { findReferences, ReferenceTarget } from './match';

/** `line:column kind` (plus ` weak`) for each place, in file order. */
function refs(file: string, text: string, target: ReferenceTarget): string[] {
  const textLines = text.split('\n');
  return findReferences(text, file, target).map((p) => {
    // The range covers exactly the name as written.
    const { start, end } = p.range;
    assert.strictEqual(start.line, end.line);
    assert.strictEqual(textLines[start.line - 1].slice(start.column - 1, end.column - 1), p.text);
    return `${start.line}:${start.column} ${p.kind}${p.weak ? ' weak' : ''} ${p.text}`;
  });
}

/** Just the 1-based lines that were reported. */
function lines(file: string, text: string, target: ReferenceTarget): number[] {
  return findReferences(text, file, target).map((p) => p.range.start.line);
}

const EMAIL: ReferenceTarget = { table: 'users', column: 'email' };
const NAME: ReferenceTarget = { table: 'users', column: 'name' };
const CREATED_AT: ReferenceTarget = { table: 'users', column: 'created_at' };
const USERS: ReferenceTarget = { table: 'users' };

describe('references: match', () => {
  describe('TypeScript / JavaScript', () => {
    it('finds SQL strings, qualified property access and plain identifiers; skips comments and prose', () => {
      const text = [
        "import { db } from './db';", // 1
        '// email is unique per user', // 2
        '/* SELECT email FROM users */', // 3
        'export async function byEmail(email: string) {', // 4
        "  return db.query('SELECT id, email FROM users WHERE email = $1', [email]);", // 5
        '}', // 6
        'export const greet = (user: User) => `Hello ${user.email}`;', // 7
        "export const prompt = 'Please enter your email';", // 8
        'const emailVerified = true;', // 9
        'const email_address = 1;', // 10
      ].join('\n');
      assert.deepStrictEqual(refs('src/users.ts', text, EMAIL), [
        '4:31 identifier email',
        '5:31 sql email',
        '7:52 qualified email',
      ]);
    });

    it('reads template literals as SQL and their ${} holes as code', () => {
      const text = 'const q = sql`UPDATE users SET email = ${next.email} WHERE id = ${user.id}`;';
      assert.deepStrictEqual(refs('a.ts', text, EMAIL), ['1:32 sql email']);
      assert.deepStrictEqual(refs('a.ts', text, { table: 'users', column: 'id' }), ['1:72 qualified id']);
    });

    it('maps TypeORM entities: the mapped column name, the field, and nothing from other entities', () => {
      const text = [
        "@Entity('users')", // 1
        'export class User {', // 2
        "  @Column({ name: 'created_at' })", // 3
        '  createdAt!: Date;', // 4
        '  @Column()', // 5
        '  status!: string;', // 6
        '}', // 7
        "@Entity('orders')", // 8
        'export class Order {', // 9
        "  @Column({ name: 'created_at' })", // 10
        '  createdAt!: Date;', // 11
        '  @Column()', // 12
        '  status!: string;', // 13
        '}', // 14
      ].join('\n');
      assert.deepStrictEqual(refs('user.entity.ts', text, CREATED_AT), [
        '3:20 orm created_at',
        '4:3 variant weak createdAt',
      ]);
      assert.deepStrictEqual(refs('user.entity.ts', text, { table: 'users', column: 'status' }), ['6:3 orm status']);
      assert.deepStrictEqual(refs('user.entity.ts', text, USERS), ['1:10 orm users']);
    });

    it('follows Sequelize field mappings and tableName', () => {
      const text = [
        'User.init(', // 1
        '  {', // 2
        "    email: { type: DataTypes.STRING, field: 'email_address' },", // 3
        '    name: DataTypes.STRING,', // 4
        '  },', // 5
        "  { sequelize, tableName: 'users' },", // 6
        ');', // 7
      ].join('\n');
      assert.deepStrictEqual(refs('user.js', text, { table: 'users', column: 'email_address' }), [
        '3:46 orm email_address',
      ]);
      // `email` is the attribute; its column is email_address.
      assert.deepStrictEqual(refs('user.js', text, EMAIL), []);
      assert.deepStrictEqual(refs('user.js', text, NAME), ['4:5 orm name']);
      assert.deepStrictEqual(refs('user.js', text, USERS), ['6:28 orm users']);
    });

    it('reads Drizzle tables and Knex query builders', () => {
      const text = [
        "export const users = pgTable('users', {", // 1
        "  createdAt: timestamp('created_at').defaultNow(),", // 2
        '});', // 3
        "export const recent = () => knex('users').where('email', 'like', '%@example.com').orderBy('created_at');", // 4
      ].join('\n');
      assert.deepStrictEqual(refs('schema.ts', text, CREATED_AT), ['2:25 orm created_at']);
      assert.deepStrictEqual(refs('schema.ts', text, EMAIL), ['4:50 string email']);
      assert.deepStrictEqual(refs('schema.ts', text, USERS), ['1:31 orm users', '4:35 string users']);
    });

    it('matches a common column name only in column-specific contexts', () => {
      const text = [
        'const name = form.get("name");', // 1
        "res.status(200).json({ name: 'ok' });", // 2
        "db.query('SELECT name FROM accounts');", // 3
        "db.query('SELECT u.name, o.name FROM users u JOIN orgs o ON o.id = u.org_id');", // 4
        "db.query('UPDATE users SET name = $1 WHERE id = $2');", // 5
        'render(currentUser.name);', // 6
        'render(order.name);', // 7
        "db.query('SELECT o.name FROM orgs o JOIN users u ON u.org_id = o.id');", // 8
      ].join('\n');
      assert.deepStrictEqual(refs('app.ts', text, NAME), [
        '4:20 qualified name',
        '5:28 sql name',
        '6:20 qualified name',
      ]);
    });

    it('skips bind parameters, SQL string values and function names inside SQL', () => {
      const text = [
        'db.query("SELECT id FROM users WHERE kind = \'email\' OR contact = :email");', // 1
        'db.query("SELECT email(id) FROM users");', // 2
        "db.query('SELECT id FROM users WHERE email = :email');", // 3
      ].join('\n');
      assert.deepStrictEqual(refs('q.ts', text, EMAIL), ['3:38 sql email']);
    });

    it('reports the camelCase variant as a weaker match, with UTF-16 columns', () => {
      const text = "const label = '😀'; const when = user.createdAt ?? row.created_at;";
      assert.deepStrictEqual(refs('x.ts', text, { table: 'users', column: 'last_seen_at' }), []);
      assert.deepStrictEqual(refs('x.ts', text, CREATED_AT), ['1:39 variant weak createdAt']);
      const places = findReferences('const s = "😀"; const t = lastSeenAt;', 'x.ts', {
        table: 'users',
        column: 'last_seen_at',
      });
      assert.deepStrictEqual(places[0].range, { start: { line: 1, column: 27 }, end: { line: 1, column: 37 } });
    });
  });

  describe('Python', () => {
    it('reads SQLAlchemy models, ignoring other models, docstrings and comments', () => {
      const text = [
        'class User(Base):', // 1
        '    """A user: the email is unique."""', // 2
        '    __tablename__ = "users"', // 3
        '    id = Column(Integer, primary_key=True)', // 4
        '    email = Column(String, unique=True)  # the login', // 5
        '    full_name = Column("name", String)', // 6
        '', // 7
        '    def label(self):', // 8
        '        name = self.full_name', // 9
        '        return f"{name} <{self.email}>"', // 10
        '', // 11
        'class Account(Base):', // 12
        '    __tablename__ = "accounts"', // 13
        '    email = Column(String)', // 14
        '    name = Column(String)', // 15
        '', // 16
        '# SELECT email FROM users', // 17
        'def active(session):', // 18
        '    return session.execute(text("SELECT email, name FROM users WHERE active"))', // 19
      ].join('\n');
      assert.deepStrictEqual(lines('models.py', text, EMAIL), [5, 19]);
      assert.deepStrictEqual(refs('models.py', text, NAME), ['6:25 orm name', '19:48 sql name']);
      assert.deepStrictEqual(refs('models.py', text, USERS), ['3:22 orm users', '19:58 sql users']);
    });

    it('reads Django models (db_column, Meta.db_table) and queries', () => {
      const text = [
        'class Customer(models.Model):', // 1
        '    email = models.EmailField(db_column="email_address")', // 2
        '    status = models.CharField(max_length=20)', // 3
        '', // 4
        '    class Meta:', // 5
        '        db_table = "users"', // 6
        '', // 7
        'def find(address):', // 8
        '    return Customer.objects.filter(email=address, status="active")', // 9
      ].join('\n');
      assert.deepStrictEqual(refs('shop/models.py', text, { table: 'users', column: 'email_address' }), [
        '2:42 orm email_address',
      ]);
      assert.deepStrictEqual(refs('shop/models.py', text, { table: 'users', column: 'status' }), ['3:5 orm status']);
      // `email` is the Django field; the column is email_address. The filter keyword is still a use of the name.
      assert.deepStrictEqual(lines('shop/models.py', text, EMAIL), [9]);
      assert.deepStrictEqual(refs('shop/models.py', text, USERS), ['6:21 orm users']);
    });

    it('reads SQLAlchemy Core tables and users.c.email', () => {
      const text = [
        'users = Table("users", metadata, Column("id", Integer), Column("name", String))', // 1
        'stmt = select(users.c.name).where(users.c.id == 1)', // 2
      ].join('\n');
      assert.deepStrictEqual(refs('tables.py', text, NAME), ['1:65 orm name', '2:23 qualified name']);
    });
  });

  describe('Go', () => {
    it('reads struct tags, raw-string SQL and fragments, not comments or other tables', () => {
      const text = [
        'package store', // 1
        '', // 2
        '// User is a row of users; email is unique.', // 3
        'type User struct {', // 4
        '\tID    int64  `gorm:"primaryKey"`', // 5
        '\tEmail string `gorm:"column:email_address;uniqueIndex"`', // 6
        '\tName  string `db:"name"`', // 7
        '}', // 8
        '', // 9
        'type Org struct {', // 10
        '\tName string `db:"name"`', // 11
        '}', // 12
        '', // 13
        'func ByEmail(db *gorm.DB, e string) (u User) {', // 14
        '\tdb.Where("email_address = ?", e).First(&u)', // 15
        '\tdb.Raw(`SELECT name FROM users WHERE id = ?`, 1)', // 16
        '\treturn', // 17
        '}', // 18
      ].join('\n');
      assert.deepStrictEqual(refs('store/user.go', text, { table: 'users', column: 'email_address' }), [
        '6:29 orm email_address',
        '15:12 sql weak email_address',
      ]);
      // The Email field maps to email_address, not to a column named email.
      assert.deepStrictEqual(refs('store/user.go', text, EMAIL), []);
      assert.deepStrictEqual(refs('store/user.go', text, NAME), ['7:20 orm name', '16:17 sql name']);
      assert.deepStrictEqual(refs('store/user.go', text, USERS), ['4:6 model weak User', '16:27 sql users']);
    });

    it('follows a TableName() method to the struct it names', () => {
      const text = [
        'type Member struct {', // 1
        '\tStatus string `gorm:"column:status"`', // 2
        '}', // 3
        'func (Member) TableName() string { return "users" }', // 4
        'type Team struct {', // 5
        '\tStatus string `gorm:"column:status"`', // 6
        '}', // 7
      ].join('\n');
      assert.deepStrictEqual(refs('member.go', text, { table: 'users', column: 'status' }), ['2:30 orm status']);
      assert.deepStrictEqual(refs('member.go', text, USERS), ['4:44 orm users']);
    });
  });

  describe('Ruby', () => {
    it('reads ActiveRecord models: symbols, hash keys, heredoc SQL; not comments or other models', () => {
      const text = [
        '# Users sign in with their email.', // 1
        'class User < ApplicationRecord', // 2
        '  validates :email, presence: true', // 3
        '  validates :name, length: { maximum: 50 }', // 4
        '', // 5
        '  def self.by_email(address) = find_by(email: address)', // 6
        '', // 7
        '  def self.stale', // 8
        '    find_by_sql(<<~SQL)', // 9
        '      SELECT * FROM users WHERE name IS NULL', // 10
        '    SQL', // 11
        '  end', // 12
        'end', // 13
        '', // 14
        'class Company < ApplicationRecord', // 15
        '  validates :email, :name, presence: true', // 16
        'end', // 17
        '', // 18
        '=begin', // 19
        'email and name', // 20
        '=end', // 21
      ].join('\n');
      assert.deepStrictEqual(lines('app/models/user.rb', text, EMAIL), [3, 6]);
      assert.deepStrictEqual(refs('app/models/user.rb', text, NAME), ['4:14 orm name', '10:33 sql name']);
      assert.deepStrictEqual(refs('app/models/user.rb', text, USERS), ['2:7 model weak User', '10:21 sql users']);
    });

    it('honours self.table_name and ignores controllers', () => {
      const text = [
        'class Member < ApplicationRecord', // 1
        '  self.table_name = "users"', // 2
        '  validates :name, presence: true', // 3
        'end', // 4
        'class UsersController < ApplicationController', // 5
        '  def create = User.create!(params.require(:user).permit(:name, :email))', // 6
        'end', // 7
      ].join('\n');
      assert.deepStrictEqual(refs('member.rb', text, NAME), ['3:14 orm name']);
      assert.deepStrictEqual(refs('member.rb', text, EMAIL), ['6:66 identifier email']);
      assert.deepStrictEqual(refs('member.rb', text, USERS), ['2:22 orm users']);
    });
  });

  describe('Java, Kotlin, C#, PHP', () => {
    it('reads JPA entities and JDBC strings', () => {
      const text = [
        '@Entity', // 1
        '@Table(name = "users")', // 2
        'public class User {', // 3
        '    @Column(name = "email_address")', // 4
        '    private String email;', // 5
        '    private String name;', // 6
        '}', // 7
        '@Entity', // 8
        '@Table(name = "teams")', // 9
        'class Team {', // 10
        '    private String name;', // 11
        '}', // 12
        'class Dao {', // 13
        '    String q = """', // 14
        '        SELECT name FROM users WHERE id = ?', // 15
        '        """;', // 16
        '}', // 17
      ].join('\n');
      assert.deepStrictEqual(refs('User.java', text, NAME), ['6:20 orm name', '15:16 sql name']);
      assert.deepStrictEqual(refs('User.java', text, { table: 'users', column: 'email_address' }), [
        '4:21 orm email_address',
      ]);
      assert.deepStrictEqual(refs('User.java', text, EMAIL), []);
      assert.deepStrictEqual(refs('User.java', text, USERS), ['2:16 orm users', '15:26 sql users']);
    });

    it('reads Exposed tables (Kotlin)', () => {
      const text = [
        'object Users : Table("users") {', // 1
        '    val name = varchar("name", 50)', // 2
        '}', // 3
        'object Teams : Table("teams") {', // 4
        '    val name = varchar("name", 50)', // 5
        '}', // 6
      ].join('\n');
      assert.deepStrictEqual(refs('Tables.kt', text, NAME), ['2:9 orm name']);
    });

    it('reads EF Core attributes; PascalCase properties are a weaker match', () => {
      const text = [
        '[Table("users")]', // 1
        'public class User', // 2
        '{', // 3
        '    [Column("created_at")]', // 4
        '    public DateTime CreatedAt { get; set; }', // 5
        '    public string Status { get; set; }', // 6
        '}', // 7
      ].join('\n');
      assert.deepStrictEqual(refs('User.cs', text, CREATED_AT), ['4:14 orm created_at', '5:21 variant weak CreatedAt']);
      assert.deepStrictEqual(refs('User.cs', text, { table: 'users', column: 'status' }), ['6:19 variant weak Status']);
    });

    it('reads Eloquent models, $user->email and DB::select', () => {
      const text = [
        '<?php', // 1
        'class User extends Model', // 2
        '{', // 3
        "    protected $table = 'users';", // 4
        "    protected $fillable = ['name', 'email'];", // 5
        '}', // 6
        '# email', // 7
        'function show($user) { return $user->email . DB::select("SELECT name FROM users"); }', // 8
      ].join('\n');
      assert.deepStrictEqual(refs('User.php', text, EMAIL), ['5:37 orm email', '8:38 qualified email']);
      assert.deepStrictEqual(refs('User.php', text, NAME), ['5:29 orm name', '8:65 sql name']);
    });
  });

  describe('Elixir and Prisma', () => {
    it('reads Ecto schemas and queries', () => {
      const text = [
        'defmodule App.Accounts.User do', // 1
        '  use Ecto.Schema', // 2
        '  # the email is unique', // 3
        '  schema "users" do', // 4
        '    field :email, :string', // 5
        '    field :name, :string', // 6
        '  end', // 7
        'end', // 8
        'defmodule App.Teams.Team do', // 9
        '  schema "teams" do', // 10
        '    field :name, :string', // 11
        '  end', // 12
        'end', // 13
        'defmodule App.Accounts do', // 14
        '  def by_email(e), do: Repo.one(from u in User, where: u.email == ^e)', // 15
        'end', // 16
      ].join('\n');
      assert.deepStrictEqual(lines('user.ex', text, EMAIL), [5, 15]);
      assert.deepStrictEqual(refs('user.ex', text, NAME), ['6:12 orm name']);
      assert.deepStrictEqual(refs('user.ex', text, USERS), ['4:11 orm users']);
    });

    it('reads Prisma schemas: @map, @@map, @@index; not other models, enums or comments', () => {
      const text = [
        '/// email: the login', // 1
        'model User {', // 2
        '  id        Int      @id', // 3
        '  email     String   @unique', // 4
        '  name      String', // 5
        '  createdAt DateTime @default(now()) @map("created_at")', // 6
        '  @@index([email])', // 7
        '  @@map("users")', // 8
        '}', // 9
        'model Team {', // 10
        '  name  String', // 11
        '  email String', // 12
        '  @@map("teams")', // 13
        '}', // 14
        'enum Channel {', // 15
        '  email', // 16
        '  sms', // 17
        '}', // 18
      ].join('\n');
      assert.deepStrictEqual(lines('schema.prisma', text, EMAIL), [4, 7]);
      assert.deepStrictEqual(refs('schema.prisma', text, NAME), ['5:3 orm name']);
      assert.deepStrictEqual(refs('schema.prisma', text, CREATED_AT), ['6:44 orm created_at']);
      assert.deepStrictEqual(refs('schema.prisma', text, USERS), ['8:10 orm users']);
      // An introspected schema names the model after the table.
      assert.deepStrictEqual(refs('schema.prisma', 'model users {\n  id Int @id\n}', USERS), ['1:7 model users']);
    });
  });

  describe('targets and noise', () => {
    it('does not report the table name used as a plain variable or association', () => {
      const text = [
        'const users = await db.select();', // 1
        'class Team < ApplicationRecord', // 2
        'end', // 3
      ].join('\n');
      assert.deepStrictEqual(refs('a.ts', text, USERS), []);
      assert.deepStrictEqual(refs('team.rb', 'class Team < ApplicationRecord\n  has_many :users\nend', USERS), []);
    });

    it('accepts schema-qualified and quoted targets', () => {
      const text = 'db.query(\'SELECT "email" FROM "public"."users" WHERE id = $1\');';
      assert.deepStrictEqual(refs('a.ts', text, { table: 'public.users', column: 'email' }), ['1:19 sql email']);
      assert.deepStrictEqual(refs('a.ts', text, { table: '"users"' }), ['1:41 sql users']);
    });

    it('does not take prose for SQL, nor a plain interface or service for a model', () => {
      const text = [
        "const hint = 'Select your email from the list';", // 1
        'interface User {', // 2
        '  name: string;', // 3
        '  email: string;', // 4
        '}', // 5
        'class EmailService {', // 6
        '  send(to: User) { return to.name; }', // 7
        '}', // 8
      ].join('\n');
      assert.deepStrictEqual(refs('a.ts', text, NAME), []);
      assert.deepStrictEqual(refs('a.ts', text, EMAIL), ['4:3 identifier email']);
      const py = [
        'class User(Base):', // 1
        '    __tablename__ = "users"', // 2
        '    email = Column(String)', // 3
        '', // 4
        'class Mailer:', // 5
        '    def send(self, email):', // 6
        '        return email', // 7
      ].join('\n');
      assert.deepStrictEqual(lines('mail.py', py, EMAIL), [3, 6, 7]);
    });

    it('names convention models of any ORM for a table, as weaker matches', () => {
      assert.deepStrictEqual(
        refs('m.js', "const User = sequelize.define('User', { email: DataTypes.STRING });", USERS),
        ['1:32 model weak User'],
      );
      assert.deepStrictEqual(refs('m.py', 'class User(models.Model):\n    email = models.EmailField()', USERS), [
        '1:7 model weak User',
      ]);
      // Not a model: no ORM in sight.
      assert.deepStrictEqual(refs('m.py', 'class User:\n    pass', USERS), []);
    });

    it('keeps one place per line, the strongest', () => {
      const text = "db.query('SELECT email FROM users WHERE email = $1', [user.email, email]);";
      const places = findReferences(text, 'a.ts', EMAIL);
      assert.strictEqual(places.length, 1);
      assert.strictEqual(places[0].kind, 'qualified');
    });

    it('returns nothing for files it does not read, and never throws on odd input', () => {
      assert.deepStrictEqual(refs('notes.md', 'SELECT email FROM users', EMAIL), []);
      for (const text of [
        '"unterminated SELECT email FROM users',
        '`${',
        "'''",
        '<<~SQL\nemail',
        '\u0000email\ud800',
      ]) {
        for (const file of ['a.ts', 'a.py', 'a.rb', 'a.go', 'a.php', 'a.ex', 'a.cs', 'a.prisma']) {
          findReferences(text, file, EMAIL);
          findReferences(text, file, USERS);
        }
      }
    });
  });
});
