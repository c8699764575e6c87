/** One PostgreSQL migration; its own file so migrations need not import the index that lists them (an import cycle). */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}
