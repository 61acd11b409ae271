import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hearth/api/core';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer, cost: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password,
      salt,
      KEY_LENGTH,
      { N: cost, r: 8, p: 1, maxmem: 256 * cost * 8 + 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/**
 * scrypt (memory-hard, salted; in Node's standard library, so no native add-on). The stored form
 * `scrypt$N$salt$hash` keeps its cost, so raising PASSWORD_HASH_COST later still verifies old hashes.
 */
@Injectable()
export class PasswordHasher {
  private readonly cost: number;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'passwordHashCost'>) {
    // scrypt needs a power of two.
    this.cost = 2 ** Math.round(Math.log2(config.passwordHashCost));
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await scryptAsync(password, salt, this.cost);
    return `scrypt$${this.cost}$${salt.toString('base64')}$${key.toString('base64')}`;
  }

  async verify(password: string, stored: string | null): Promise<boolean> {
    // Without a stored hash, still spend the time, so a missing account answers as slowly as a wrong password.
    const [scheme, costText, saltText, keyText] = (stored ?? '').split('$');
    if (scheme !== 'scrypt' || !costText || !saltText || !keyText) {
      await scryptAsync(password, randomBytes(16), this.cost);
      return false;
    }
    const expected = Buffer.from(keyText, 'base64');
    const actual = await scryptAsync(password, Buffer.from(saltText, 'base64'), Number(costText));
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}
