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

const WEBHOOK_ENDPOINT_FIELDS = {
  url: z.string().trim().min(1, 'Enter the URL events are sent to').max(2000, 'A URL has at most 2,000 characters'),
  description: z.string().trim().max(500, 'A description has at most 500 characters'),
  // Empty: every event type.
  eventTypes: z.array(z.enum(EVENT_TYPES, { error: `Choose event types from: ${EVENT_TYPES.join(', ')}` })).max(EVENT_TYPES.length),
  enabled: z.boolean(),
};

export const ZWebhookEndpointInput = z.strictObject({
  ...WEBHOOK_ENDPOINT_FIELDS,
  description: WEBHOOK_ENDPOINT_FIELDS.description.default(''),
  eventTypes: WEBHOOK_ENDPOINT_FIELDS.eventTypes.default([]),
  enabled: WEBHOOK_ENDPOINT_FIELDS.enabled.default(true),
});
export type TWebhookEndpointInput = z.input<typeof ZWebhookEndpointInput>;

// A change names only what changes: no defaults here, or turning an endpoint off (`{ enabled: false }`) would also blank its
// description and widen its event types to every type.
export const ZWebhookEndpointChange = z.strictObject(WEBHOOK_ENDPOINT_FIELDS).partial();
export type TWebhookEndpointChange = z.input<typeof ZWebhookEndpointChange>;
