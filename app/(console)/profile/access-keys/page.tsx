// Profile → Access keys: every signed-in user manages their own keys here; the list comes from the service, never with secrets.
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { publicOrigin } from '@/lib/server/public-origin';
import { listAccessKeys } from '@/lib/server/access-keys/list-access-keys';
import { readArnContext } from '@/lib/server/arn-context';
import { CreateAccessKeyForm } from '@/components/profile/create-access-key-form';
import { AccessKeysTable } from '@/components/profile/access-keys-table';
import { AccessKeyUsage } from '@/components/profile/access-key-usage';
import { PageHeader } from '@/components/ui/page-header';
import { ProfileTabs } from '@/components/profile/profile-tabs';

export const metadata = { title: 'Access keys' };

export default async function AccessKeysPage() {
  const actor = await requirePageActor();
  const keys = await listAccessKeys({ actor });
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader title="Access keys">
        Programs sign their requests with an access key to use Cardinal&apos;s SageMaker-compatible API and REST API as you. A deactivated or deleted key stops
        working at once.
      </PageHeader>
      <ProfileTabs current="/profile/access-keys" />
      <CreateAccessKeyForm />
      <AccessKeysTable
        keys={keys.map((key) => ({
          accessKeyId: key.accessKeyId,
          label: key.label,
          active: key.active,
          revoked: key.revokedAt !== null,
          createdAt: key.createdAt.toISOString(),
          lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
        }))}
      />
      <AccessKeyUsage endpoint={`${await publicOrigin()}/api/sagemaker`} region={readArnContext().region} />
    </section>
  );
}
