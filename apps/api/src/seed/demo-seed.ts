import { DataSource } from 'typeorm';

/** Seeds the demo organisation once. Returns false when people already exist. */
export async function seedDemo(ds: DataSource): Promise<boolean> {
  const rows: Array<{ count: number }> = await ds.query('SELECT count(*)::int AS count FROM users');
  if ((rows[0]?.count ?? 0) > 0) return false;
  throw new Error('The demo seed is not written yet.');
}
