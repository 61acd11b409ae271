import { dropDatabase } from './scratch-db';

export default async function globalTeardown(): Promise<void> {
  const name = process.env['HEARTH_TEST_DATABASE'];
  if (name) await dropDatabase(name);
}
