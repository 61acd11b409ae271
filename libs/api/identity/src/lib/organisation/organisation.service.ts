import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, badInput, forbidden } from '@hearth/api/core';
import { DataSource } from 'typeorm';
import { Actor, isAdmin } from '../identity.policy';
import { OrganisationEntity } from './organisation.entity';
import { Organisation, UpdateOrganisationInput } from './organisation.model';

@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<Organisation> {
    const org = await this.ds.getRepository(OrganisationEntity).findOneByOrFail({ id: 1 });
    const rows: Array<{ department: string }> = await this.ds.query(
      'SELECT DISTINCT department FROM users WHERE active AND department IS NOT NULL ORDER BY department',
    );
    return {
      name: org.name,
      openSignUp: org.openSignUp,
      allowedEmailDomains: org.allowedEmailDomains,
      groupCreationPolicy: org.groupCreationPolicy,
      departments: rows.map((r) => r.department),
    };
  }

  async update(actor: Actor, input: UpdateOrganisationInput): Promise<Organisation> {
    if (!isAdmin(actor)) throw forbidden('Only admins can change organisation settings.');
    await this.ds.transaction(async (m) => {
      const org = await m.getRepository(OrganisationEntity).findOneByOrFail({ id: 1 });
      if (input.name !== undefined && input.name !== null) {
        if (!input.name.trim()) throw badInput('The name cannot be empty.', 'name');
        org.name = input.name.trim();
      }
      if (input.openSignUp !== undefined && input.openSignUp !== null)
        org.openSignUp = input.openSignUp;
      if (input.allowedEmailDomains)
        org.allowedEmailDomains = [
          ...new Set(input.allowedEmailDomains.map((d) => d.toLowerCase())),
        ];
      if (input.groupCreationPolicy) org.groupCreationPolicy = input.groupCreationPolicy;
      if (org.openSignUp && org.allowedEmailDomains.length === 0)
        throw badInput(
          'Open sign-up needs at least one allowed email domain.',
          'allowedEmailDomains',
        );
      await m.save(org);
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'ORGANISATION_UPDATED',
        details: { ...input },
      });
    });
    return this.get();
  }
}
