'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/server/auth/get-actor';
import { createWebhookEndpoint } from '@/lib/server/webhooks/create-webhook-endpoint';
import { updateWebhookEndpoint } from '@/lib/server/webhooks/update-webhook-endpoint';
import { rotateWebhookSecret } from '@/lib/server/webhooks/rotate-webhook-secret';
import { deleteWebhookEndpoint } from '@/lib/server/webhooks/delete-webhook-endpoint';
import { sendTestWebhookEvent } from '@/lib/server/webhooks/send-test-webhook-event';
import { resendWebhookEvent } from '@/lib/server/webhooks/resend-webhook-event';
import { retryFailedWebhookDeliveries } from '@/lib/server/webhooks/retry-failed-webhook-deliveries';
import { listWebhookAttempts } from '@/lib/server/webhooks/list-webhook-attempts';
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

export async function sendTestWebhookAction(id: string) {
  return runAction(async () => {
    const deliveryId = await sendTestWebhookEvent({ actor: await getActor(), endpointId: id });
    revalidate(id);
    return { deliveryId };
  });
}

export async function resendWebhookAction(id: string, eventId: string) {
  return runAction(async () => {
    const deliveryId = await resendWebhookEvent({ actor: await getActor(), endpointId: id, eventId });
    revalidate(id);
    return { deliveryId };
  });
}

export async function retryFailedWebhooksAction(id: string, since: string) {
  return runAction(async () => {
    const retried = await retryFailedWebhookDeliveries({ actor: await getActor(), endpointId: id, since });
    revalidate(id);
    return { retried };
  });
}

export async function listWebhookAttemptsAction(id: string, deliveryId: string) {
  return runAction(async () => {
    const attempts = await listWebhookAttempts({ actor: await getActor(), endpointId: id, deliveryId });
    return attempts.map((attempt) => ({
      attempt: attempt.attempt,
      attemptedAt: attempt.attemptedAt.toISOString(),
      statusCode: attempt.statusCode,
      latencyMs: attempt.latencyMs,
      response: attempt.response,
    }));
  });
}
