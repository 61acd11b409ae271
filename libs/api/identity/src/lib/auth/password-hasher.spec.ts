import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher({ passwordHashCost: 1024 });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hasher.hash('correct horse battery');
    expect(stored).toMatch(/^scrypt\$1024\$/);
    expect(await hasher.verify('correct horse battery', stored)).toBe(true);
    expect(await hasher.verify('correct horse batterY', stored)).toBe(false);
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hasher.hash('same password')).not.toBe(await hasher.hash('same password'));
  });

  it('refuses when there is no usable hash', async () => {
    expect(await hasher.verify('anything', null)).toBe(false);
    expect(await hasher.verify('anything', 'bcrypt$xyz')).toBe(false);
  });

  it('verifies hashes made at another cost', async () => {
    const old = await new PasswordHasher({ passwordHashCost: 2048 }).hash('secret words');
    expect(await hasher.verify('secret words', old)).toBe(true);
  });
});
