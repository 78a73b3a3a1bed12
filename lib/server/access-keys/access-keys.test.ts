// Access keys: the secret is shown once and stored only encrypted; only the owner or an admin manages a key; a signed request acts as an active key's active owner; the bootstrap key is created once and a contradicting secret refuses to start.
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestUser } from '@/test/factories';
import type { Team } from '@/test/factories';
import type { Actor } from '@/lib/server/auth/actor';
import { updateUser } from '@/lib/server/users/update-user';
import { getApiActor } from '@/lib/server/auth/get-api-actor';
import { verifyAuditChain } from '@/lib/server/audit/verify-audit-chain';
import { createAccessKey, MAX_ACCESS_KEYS_PER_USER } from './create-access-key';
import { listAccessKeys } from './list-access-keys';
import { setAccessKeyActive } from './set-access-key-active';
import { deleteAccessKey } from './delete-access-key';
import { authenticateSignedRequest } from './authenticate-signed-request';
import { ensureBootstrapAccessKey } from './ensure-bootstrap-access-key';
import { decryptSecret, encryptSecret } from './secret-box';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

const storedRow = async (accessKeyId: string) =>
  (await database.raw('SELECT * FROM "AccessKey" WHERE "accessKeyId" = $1', [accessKeyId])).rows[0] as
    { secretCiphertext: string; active: boolean; lastUsedAt: Date | null; userId: string; label: string | null } | undefined;

const HOST = 'cardinal.example.com';

/** A request as @smithy/signature-v4 (what the AWS SDKs use) signs it, in the shape the server receives it. */
async function signedRequest({
  accessKeyId,
  secret,
  body = '{}',
  signingDate = new Date(),
}: {
  accessKeyId: string;
  secret: string;
  body?: string;
  signingDate?: Date;
}) {
  const signer = new SignatureV4({ service: 'sagemaker', region: 'us-east-1', credentials: { accessKeyId, secretAccessKey: secret }, sha256: Sha256 });
  const signed = await signer.sign(
    { method: 'POST', protocol: 'https:', hostname: HOST, path: '/api/sagemaker/', headers: { host: HOST, 'x-amz-target': 'SageMaker.ListModelCards' }, body },
    { signingDate },
  );
  const headers = Object.fromEntries(Object.entries(signed.headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { method: 'POST', url: `https://${HOST}/api/sagemaker/`, headers, body };
}

describe('creating a key', () => {
  it('returns an AWS-shaped id and a 40-character secret once; the list and the database never hold the secret in the clear', async () => {
    const created = await createAccessKey({ actor: team.author, label: '  Nightly pipeline  ' });
    expect(created.key.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(created.secretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(created.key).toEqual({
      accessKeyId: created.key.accessKeyId,
      label: 'Nightly pipeline',
      active: true,
      revokedAt: null,
      createdAt: expect.any(Date),
      lastUsedAt: null,
      userId: team.author.id,
    });

    const listed = await listAccessKeys({ actor: team.author });
    expect(listed).toContainEqual(created.key);
    expect(JSON.stringify(listed)).not.toContain(created.secretAccessKey);

    const row = await storedRow(created.key.accessKeyId);
    expect(row!.secretCiphertext).not.toContain(created.secretAccessKey);
    expect(row!.secretCiphertext).not.toContain(Buffer.from(created.secretAccessKey).toString('base64url'));
    expect(row!.secretCiphertext).toMatch(/^v1\./);
    expect(decryptSecret(created.key.accessKeyId, row!.secretCiphertext)).toBe(created.secretAccessKey);

    const audit = (await database.raw('SELECT "action", "details" FROM "AuditEvent" WHERE "targetId" = $1', [created.key.accessKeyId])).rows;
    expect(audit).toEqual([{ action: 'access_key.created', details: expect.stringContaining('Nightly pipeline') }]);
    expect(JSON.stringify(audit)).not.toContain(created.secretAccessKey);
  });

  it('gives every key its own id, secret and ciphertext', async () => {
    const user = await createTestUser(['author']);
    const [a, b] = [await createAccessKey({ actor: user }), await createAccessKey({ actor: user })];
    expect(a.key.accessKeyId).not.toBe(b.key.accessKeyId);
    expect(a.secretAccessKey).not.toBe(b.secretAccessKey);
    expect(encryptSecret('AKIASAME', 'same secret')).not.toBe(encryptSecret('AKIASAME', 'same secret'));
  });

  it('binds a ciphertext to its key id and needs the NEXTAUTH_SECRET it was made under', () => {
    const sealed = encryptSecret('AKIAFIRSTKEY0000', 'the secret');
    expect(() => decryptSecret('AKIASECONDKEY000', sealed)).toThrow(/cannot be decrypted/);
    const saved = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = 'another deployment secret';
    try {
      expect(() => decryptSecret('AKIAFIRSTKEY0000', sealed)).toThrow(/NEXTAUTH_SECRET has probably changed/);
    } finally {
      process.env.NEXTAUTH_SECRET = saved;
    }
  });

  it('refuses strangers, overlong labels and more than the per-person limit', async () => {
    await expect(createAccessKey({ actor: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(createAccessKey({ actor: team.author, label: 'x'.repeat(101) })).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'label' });
    const user = await createTestUser(['auditor']);
    await Promise.all(Array.from({ length: MAX_ACCESS_KEYS_PER_USER }, () => createAccessKey({ actor: user })));
    await expect(createAccessKey({ actor: user })).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED', message: expect.stringContaining('Delete a key') });
    expect(await listAccessKeys({ actor: user })).toHaveLength(MAX_ACCESS_KEYS_PER_USER);
  });
});

describe('managing keys: the owner or an admin, nobody else', () => {
  it('lets the owner deactivate, reactivate and delete their key, recording each change once', async () => {
    const { key } = await createAccessKey({ actor: team.coauthor });
    expect((await setAccessKeyActive({ actor: team.coauthor, accessKeyId: key.accessKeyId, active: false })).active).toBe(false);
    expect((await setAccessKeyActive({ actor: team.coauthor, accessKeyId: key.accessKeyId, active: false })).active).toBe(false);
    expect((await setAccessKeyActive({ actor: team.coauthor, accessKeyId: key.accessKeyId, active: true })).active).toBe(true);
    await deleteAccessKey({ actor: team.coauthor, accessKeyId: key.accessKeyId });
    expect(await storedRow(key.accessKeyId)).toBeUndefined();
    const actions = (await database.raw('SELECT "action" FROM "AuditEvent" WHERE "targetId" = $1 ORDER BY "seq"', [key.accessKeyId])).rows.map(
      (row) => row.action,
    );
    expect(actions).toEqual(['access_key.created', 'access_key.deactivated', 'access_key.reactivated', 'access_key.deleted']);
    await expect(deleteAccessKey({ actor: team.coauthor, accessKeyId: key.accessKeyId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("refuses everyone else, whatever their role, and lets an admin manage anyone's key", async () => {
    const { key } = await createAccessKey({ actor: team.author });
    for (const other of [team.coauthor, team.reviewer, team.auditor] as Actor[]) {
      await expect(setAccessKeyActive({ actor: other, accessKeyId: key.accessKeyId, active: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(deleteAccessKey({ actor: other, accessKeyId: key.accessKeyId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listAccessKeys({ actor: other, userId: team.author.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(setAccessKeyActive({ actor: null, accessKeyId: key.accessKeyId, active: false })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await storedRow(key.accessKeyId))!.active).toBe(true);

    expect(await listAccessKeys({ actor: team.admin, userId: team.author.id })).toContainEqual(key);
    expect((await setAccessKeyActive({ actor: team.admin, accessKeyId: key.accessKeyId, active: false })).active).toBe(false);
    await deleteAccessKey({ actor: team.admin, accessKeyId: key.accessKeyId });
    expect(await storedRow(key.accessKeyId)).toBeUndefined();
  });

  it("lists only the caller's own keys, newest first", async () => {
    const user = await createTestUser(['reviewer']);
    const first = await createAccessKey({ actor: user, label: 'first' });
    const second = await createAccessKey({ actor: user, label: 'second' });
    await createAccessKey({ actor: team.reviewer, label: 'someone else' });
    expect((await listAccessKeys({ actor: user })).map((key) => key.accessKeyId)).toEqual([second.key.accessKeyId, first.key.accessKeyId]);
  });
});

describe('signed requests', () => {
  it("act as the key's owner, and stop working the moment the key or the owner is deactivated or the key deleted", async () => {
    const owner = await createTestUser(['author'], 'Sig Owner');
    const { key, secretAccessKey } = await createAccessKey({ actor: owner });
    const request = () => signedRequest({ accessKeyId: key.accessKeyId, secret: secretAccessKey });
    expect(await authenticateSignedRequest(await request())).toEqual({
      ok: true,
      accessKeyId: key.accessKeyId,
      actor: { id: owner.id, email: owner.email, name: 'Sig Owner', roles: ['author'] },
    });

    await setAccessKeyActive({ actor: owner, accessKeyId: key.accessKeyId, active: false });
    expect(await authenticateSignedRequest(await request())).toMatchObject({
      ok: false,
      code: 'InvalidClientTokenId',
      message: expect.stringContaining('no longer active'),
    });
    await setAccessKeyActive({ actor: owner, accessKeyId: key.accessKeyId, active: true });
    expect(await authenticateSignedRequest(await request())).toMatchObject({ ok: true });

    await deleteAccessKey({ actor: owner, accessKeyId: key.accessKeyId });
    expect(await authenticateSignedRequest(await request())).toMatchObject({ ok: false, code: 'InvalidClientTokenId' });
  });

  it('are refused for good once the owner is deactivated: reactivating the owner, or the key, does not revive it', async () => {
    const owner = await createTestUser(['author'], 'Leaver');
    const { key, secretAccessKey } = await createAccessKey({ actor: owner });
    const request = () => signedRequest({ accessKeyId: key.accessKeyId, secret: secretAccessKey });
    await updateUser({ actor: team.admin, userId: owner.id, change: { active: false } });
    expect(await authenticateSignedRequest(await request())).toMatchObject({ ok: false, code: 'InvalidClientTokenId' });
    await updateUser({ actor: team.admin, userId: owner.id, change: { active: true } });
    expect(await authenticateSignedRequest(await request())).toMatchObject({ ok: false, code: 'InvalidClientTokenId' });
    expect((await listAccessKeys({ actor: owner, userId: owner.id }))[0]).toMatchObject({ active: false, revokedAt: expect.any(Date) });
    await expect(setAccessKeyActive({ actor: team.admin, accessKeyId: key.accessKeyId, active: true })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await authenticateSignedRequest(await request())).toMatchObject({ ok: false, code: 'InvalidClientTokenId' });

    const fresh = await createAccessKey({ actor: owner });
    expect(await authenticateSignedRequest(await signedRequest({ accessKeyId: fresh.key.accessKeyId, secret: fresh.secretAccessKey }))).toMatchObject({
      ok: true,
    });
  });

  it("are refused once the owner's password is reset, and the reset records how many keys it revoked", async () => {
    const owner = await createTestUser(['author'], 'Reset Owner');
    const keys = [await createAccessKey({ actor: owner }), await createAccessKey({ actor: owner })];
    for (const { key, secretAccessKey } of keys) {
      expect(await authenticateSignedRequest(await signedRequest({ accessKeyId: key.accessKeyId, secret: secretAccessKey }))).toMatchObject({ ok: true });
    }
    await updateUser({ actor: team.admin, userId: owner.id, change: { password: 'a-brand-new-password' } });
    for (const { key, secretAccessKey } of keys) {
      expect(await authenticateSignedRequest(await signedRequest({ accessKeyId: key.accessKeyId, secret: secretAccessKey }))).toMatchObject({
        ok: false,
        code: 'InvalidClientTokenId',
      });
    }
    const reset = await database.db.auditEvent.findFirst({ where: { action: 'user.password_reset', targetId: owner.id } });
    expect(JSON.parse(reset!.details)).toEqual({ accessKeysRevoked: 2 });
  });

  it("refuses a wrong secret, another key's secret and a stale signature", async () => {
    const { key, secretAccessKey } = await createAccessKey({ actor: team.author });
    const other = await createAccessKey({ actor: team.author });
    expect(
      await authenticateSignedRequest(
        await signedRequest({ accessKeyId: key.accessKeyId, secret: secretAccessKey.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) }),
      ),
    ).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
    expect(await authenticateSignedRequest(await signedRequest({ accessKeyId: key.accessKeyId, secret: other.secretAccessKey }))).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
    const stale = await signedRequest({ accessKeyId: key.accessKeyId, secret: secretAccessKey, signingDate: new Date(Date.now() - 20 * 60_000) });
    expect(await authenticateSignedRequest(stale)).toMatchObject({ ok: false, code: 'RequestExpired' });
  });

  it('records the last use at most once a minute', async () => {
    const { key, secretAccessKey } = await createAccessKey({ actor: team.author });
    const t0 = new Date();
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const useAt = async (now: Date) =>
      authenticateSignedRequest(await signedRequest({ accessKeyId: key.accessKeyId, secret: secretAccessKey, signingDate: now }), now);
    await useAt(t0);
    expect((await storedRow(key.accessKeyId))!.lastUsedAt).toEqual(t0);
    await useAt(at(59_000));
    expect((await storedRow(key.accessKeyId))!.lastUsedAt).toEqual(t0);
    await useAt(at(61_000));
    expect((await storedRow(key.accessKeyId))!.lastUsedAt).toEqual(at(61_000));
  });

  it("getApiActor acts as the key's owner, and answers a bad signature with 403 instead of falling back to the session", async () => {
    const { key, secretAccessKey } = await createAccessKey({ actor: team.reviewer });
    const asRequest = (signed: Awaited<ReturnType<typeof signedRequest>>) =>
      new Request(signed.url, { method: 'POST', headers: signed.headers, body: signed.body });
    const good = await signedRequest({ accessKeyId: key.accessKeyId, secret: secretAccessKey, body: '{"a":1}' });
    expect(await getApiActor(asRequest(good), new TextEncoder().encode(good.body))).toMatchObject({ id: team.reviewer.id });
    await expect(getApiActor(asRequest(good), new TextEncoder().encode('{"a":2}'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/does not match/),
      details: { signature: 'SignatureDoesNotMatch' },
    });
  });
});

describe('the bootstrap key from CARDINAL_ADMIN_ACCESS_KEY_ID', () => {
  const accessKeyId = 'AKIABOOTSTRAPKEY0001';
  const secret = 'bootstrap/Secret+Key/For/Automation0000';

  it('waits for an admin, is created for the first admin, is left alone afterwards, and refuses a different secret', async () => {
    // With every admin deactivated for a moment there is no admin to give the key to.
    await database.raw('UPDATE "User" SET "active" = false WHERE \'admin\' = ANY("roles")');
    try {
      expect(await ensureBootstrapAccessKey({ accessKeyId, secret })).toEqual({ outcome: 'no-admin-yet', accessKeyId });
    } finally {
      await database.raw('UPDATE "User" SET "active" = true WHERE \'admin\' = ANY("roles")');
    }
    const firstAdmin = (await database.raw(`SELECT "id", "email" FROM "User" WHERE 'admin' = ANY("roles") AND "active" ORDER BY "createdAt" LIMIT 1`)).rows[0];
    expect(await ensureBootstrapAccessKey({ accessKeyId, secret })).toEqual({ outcome: 'created', accessKeyId, adminEmail: firstAdmin.email });
    expect((await storedRow(accessKeyId))!.userId).toBe(firstAdmin.id);
    expect((await storedRow(accessKeyId))!.secretCiphertext).not.toContain(secret);

    expect(await ensureBootstrapAccessKey({ accessKeyId, secret })).toEqual({ outcome: 'unchanged', accessKeyId, active: true, revoked: false });
    await expect(ensureBootstrapAccessKey({ accessKeyId, secret: `${secret}X` })).rejects.toThrow(
      /already exists with a different secret than CARDINAL_ADMIN_SECRET_ACCESS_KEY/,
    );
    expect(await authenticateSignedRequest(await signedRequest({ accessKeyId, secret }))).toMatchObject({ ok: true, actor: { id: firstAdmin.id } });
  });

  it('refuses a malformed id or secret with the setting named', async () => {
    await expect(ensureBootstrapAccessKey({ accessKeyId: 'akia-lower', secret })).rejects.toThrow(/CARDINAL_ADMIN_ACCESS_KEY_ID must be/);
    await expect(ensureBootstrapAccessKey({ accessKeyId, secret: 'short' })).rejects.toThrow(/CARDINAL_ADMIN_SECRET_ACCESS_KEY must be/);
  });
});
