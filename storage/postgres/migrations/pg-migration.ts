/** One PostgreSQL migration. In a file of its own so migration files need not import index.ts, which imports them. */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}
