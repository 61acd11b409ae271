import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hearth/api/core';
import { createHmac } from 'node:crypto';

/**
 * Keyed hashes that let the server recognise a person without storing who they are. An anonymous
 * question stores only `anonymous(questionId, userId)`; reading the database does not give the
 * asker back, while the server, holding the key, recognises the asker ("this is mine") and keeps
 * their rate limit. Named questions use a different derivation, so the two never match.
 * The key is derived from JWT_SECRET: rotating it makes earlier anonymous questions no longer
 * recognisable as their askers' (they stay, anonymous).
 */
@Injectable()
export class AskerKeys {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('hearth:town-hall-askers').digest();
  }

  /**
   * The asker of an anonymous question, derived from the question first asked (kept when a merge
   * moves the asker): each anonymous question has its own key, so two questions by one person
   * cannot be linked to each other without the key.
   */
  anonymous(originQuestionId: string, userId: string): string {
    return this.hash(`anonymous-question:${originQuestionId}:${userId}`);
  }

  /** The earlier derivation (per town hall), still recognised for questions asked before. */
  legacyAnonymous(townHallId: string, userId: string): string {
    return this.hash(`anonymous:${townHallId}:${userId}`);
  }

  /** Whether one of a question's anonymous askers is this person. */
  isAmong(
    askers: ReadonlyArray<{ o: string; k: string }> | null,
    userId: string,
    townHallId: string,
  ): boolean {
    if (!askers?.length) return false;
    const legacy = this.legacyAnonymous(townHallId, userId);
    return askers.some((a) => a.k === legacy || a.k === this.anonymous(a.o, userId));
  }

  /** The rate-limit key for a person's questions in a town hall (named and anonymous alike). */
  rateLimit(townHallId: string, userId: string): string {
    return `town-hall-ask:${this.hash(`rate:${townHallId}:${userId}`)}`;
  }

  private hash(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64url');
  }
}
