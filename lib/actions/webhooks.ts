'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/server/auth/get-actor';
import { createWebhookEndpoint } from '@/lib/server/webhooks/create-webhook-endpoint';
import { updateWebhookEndpoint } from '@/lib/server/webhooks/update-webhook-endpoint';
import { rotateWebhookSecret } from '@/lib/server/webhooks/rotate-webhook-secret';
import { deleteWebhookEndpoint } from '@/lib/server/webhooks/delete-webhook-endpoint';
import type { TWebhookEndpointChange, TWebhookEndpointInput } from '@/lib/schemas/webhook';
import { runAction } from './action-result';

function revalidate(id?: string) {
  revalidatePath('/admin/webhooks');
  if (id) revalidatePath(`/admin/webhooks/${id}`);
}

export async function createWebhookAction(input: TWebhookEndpointInput) {
  return runAction(async () => {
    const { endpoint, secret } = await createWebhookEndpoint({ actor: await getActor(), input });
    revalidate();
    return { id: endpoint.id, url: endpoint.url, secret };
  });
}

export async function updateWebhookAction(id: string, change: TWebhookEndpointChange) {
  return runAction(async () => {
    const endpoint = await updateWebhookEndpoint({ actor: await getActor(), id, change });
    revalidate(id);
    return { enabled: endpoint.enabled };
  });
}

export async function rotateWebhookSecretAction(id: string) {
  return runAction(async () => {
    const { endpoint, secret } = await rotateWebhookSecret({ actor: await getActor(), id });
    revalidate(id);
    return { secret, previousSecretExpiresAt: endpoint.previousSecretExpiresAt?.toISOString() ?? null };
  });
}

export async function deleteWebhookAction(id: string) {
  return runAction(async () => {
    await deleteWebhookEndpoint({ actor: await getActor(), id });
    revalidate();
    return undefined;
  });
}
