// What an admin sends to add or change a webhook endpoint, shared by the Admin screen, the REST API and the service; the event types a filter may name.
import { z } from 'zod';

export const EVENT_TYPES = [
  'model_card.created',
  'model_card.cloned',
  'model_card.version_saved',
  'model_card.submitted',
  'model_card.changes_requested',
  'model_card.approved',
  'model_card.archived',
  'model_card.review_recorded',
  'model_card.deleted',
  'model_card.linked',
  'model_card.approval_bound',
  'model_card.changed_since_package_approval',
  'model_card.review_overdue',
  'export_job.created',
  'export_job.completed',
  'export_job.failed',
  'model_package.registered',
  'model_package.approval_changed',
  'model_package.updated',
  'model.created',
  'model.deleted',
] as const;

export type TEventType = (typeof EVENT_TYPES)[number];

export const ZWebhookEndpointInput = z.strictObject({
  url: z.string().trim().min(1, 'Enter the URL events are sent to').max(2000, 'A URL has at most 2,000 characters'),
  description: z.string().trim().max(500, 'A description has at most 500 characters').default(''),
  // Empty: every event type.
  eventTypes: z
    .array(z.enum(EVENT_TYPES, { error: `Choose event types from: ${EVENT_TYPES.join(', ')}` }))
    .max(EVENT_TYPES.length)
    .default([]),
  enabled: z.boolean().default(true),
});
export type TWebhookEndpointInput = z.input<typeof ZWebhookEndpointInput>;

export const ZWebhookEndpointChange = ZWebhookEndpointInput.partial();
export type TWebhookEndpointChange = z.input<typeof ZWebhookEndpointChange>;
