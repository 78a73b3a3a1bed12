// Adding or editing an endpoint: URL, description, the event types it receives and whether it is on. The server checks the URL (http(s), no credentials, no private address) and answers at the field.
'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ZWebhookEndpointInput } from '@/lib/schemas/webhook';
import type { TEventType } from '@/lib/schemas/webhook';
import type { ActionResult } from '@/lib/actions/action-result';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { EventTypeCheckboxes } from './event-type-checkboxes';

export type WebhookFormValues = { url: string; description: string; eventTypes: TEventType[]; enabled: boolean };

export const EMPTY_WEBHOOK: WebhookFormValues = { url: '', description: '', eventTypes: [], enabled: true };

export function WebhookForm({
  title,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial: WebhookFormValues;
  submitLabel: string;
  onSubmit: (values: WebhookFormValues) => Promise<ActionResult<unknown>>;
  onCancel?: () => void;
}) {
  const [error, setError] = useState<string>();
  const form = useForm<WebhookFormValues>({ resolver: zodResolver(ZWebhookEndpointInput) as never, defaultValues: initial });
  const { register, control, handleSubmit, formState } = form;

  async function submit(values: WebhookFormValues) {
    setError(undefined);
    const result = await onSubmit(values);
    if (result.ok) return;
    if (result.path === 'url' || result.path === 'description') form.setError(result.path, { message: result.message.replace(/^(url|description): /, '') });
    else setError(result.message);
  }

  const errors = formState.errors;
  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="space-y-5 rounded-xl border border-line bg-surface p-5" aria-labelledby="webhook-form-title">
      <h2 id="webhook-form-title" className="font-semibold">
        {title}
      </h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label="Endpoint URL"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://hooks.example.com/cardinal"
          hint="Cardinal POSTs each event here as JSON, signed with Standard Webhooks headers."
          error={errors.url?.message}
          {...register('url')}
        />
        <TextField
          label="Description"
          autoComplete="off"
          placeholder="Deployment pipeline, #ml-governance alerts…"
          hint="Optional: who receives these events and why."
          error={errors.description?.message}
          {...register('description')}
        />
      </div>
      <Controller
        control={control}
        name="eventTypes"
        render={({ field }) => <EventTypeCheckboxes idPrefix="webhook-type" value={field.value} onChange={field.onChange} />}
      />
      <label htmlFor="webhook-enabled" className="flex items-start gap-2 text-sm">
        <input id="webhook-enabled" type="checkbox" className="mt-0.5 accent-[var(--c-accent)]" {...register('enabled')} />
        <span>
          <span className="font-medium">Enabled</span>
          <span className="block text-xs text-muted">A disabled endpoint receives nothing until it is enabled again.</span>
        </span>
      </label>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Saving…' : submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
