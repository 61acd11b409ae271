import { APIRequestContext, expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ADMIN, STATE_FILE } from './global-setup';

export async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface Person {
  email: string;
  password: string;
  name: string;
}

let adminSession: { token: string; expiresAt: number } | null = null;

/**
 * The admin's access token, signed in once and reused while it is valid: sign-ins are rate limited
 * per account (10 in 15 minutes by default), and the whole suite creates more people than that.
 */
async function adminToken(request: APIRequestContext): Promise<string> {
  if (adminSession && adminSession.expiresAt > Date.now() + 60_000) return adminSession.token;
  const { signIn } = await gql<{ signIn: { accessToken: string; accessTokenExpiresAt: string } }>(
    request,
    'mutation($i: SignInInput!) { signIn(input: $i) { accessToken accessTokenExpiresAt } }',
    { i: { email: ADMIN.email, password: ADMIN.password } },
  );
  adminSession = { token: signIn.accessToken, expiresAt: Date.parse(signIn.accessTokenExpiresAt) };
  return adminSession.token;
}

/** Creates a person the way an organisation does: the admin invites, the person accepts. */
export async function createPerson(request: APIRequestContext, name: string): Promise<Person> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.test`;
  const { inviteUser } = await gql<{ inviteUser: { inviteUrl: string } }>(
    request,
    'mutation($i: InviteUserInput!) { inviteUser(input: $i) { inviteUrl } }',
    { i: { email, displayName: name } },
    await adminToken(request),
  );
  const token = inviteUser.inviteUrl.split('/').pop();
  const password = 'a-long-e2e-password';
  await gql(
    request,
    'mutation($i: AcceptOrgInvitationInput!) { acceptOrgInvitation(input: $i) { accessToken } }',
    {
      i: { token, password },
    },
  );
  return { email, password, name };
}

/** An access token for API calls made by the test on a person's behalf. */
export async function tokenOf(request: APIRequestContext, person: Person): Promise<string> {
  const { signIn } = await gql<{ signIn: { accessToken: string } }>(
    request,
    'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }',
    { i: { email: person.email, password: person.password } },
  );
  return signIn.accessToken;
}

export async function signIn(
  page: Page,
  person: Pick<Person, 'email' | 'password'>,
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /^Welcome/, level: 1 })).toBeVisible();
}

const AXE = readFileSync(join(__dirname, '../../../../node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core on the page and fails on serious or critical violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/** Runs SQL in the database of this run's API (for state no user action can make, e.g. a job that kept failing). */
export async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const { database, server } = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as {
    database: string;
    server: string;
  };
  const url = new URL(server);
  url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
