'use client';

import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ZNewUser, MIN_PASSWORD_LENGTH } from '@/lib/schemas/user';
import type { TNewUser } from '@/lib/schemas/user';
import { createUserAction } from '@/lib/actions/users';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { RoleCheckboxes } from './role-checkboxes';

const EMPTY: TNewUser = { name: '', email: '', password: '', roles: ['author'] };

export function CreateUserForm() {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const { register, control, handleSubmit, reset, setError, formState } = useForm<TNewUser>({ resolver: zodResolver(ZNewUser), defaultValues: EMPTY });

  async function submit(values: TNewUser) {
    setMessage(undefined);
    const result = await createUserAction(values);
    if (!result.ok) {
      if (result.path === 'email' || result.path === 'name' || result.path === 'password') setError(result.path, { message: result.message });
      else setMessage({ tone: 'error', text: result.message });
      return;
    }
    reset(EMPTY);
    setOpen(false);
    setMessage({ tone: 'success', text: `${values.email} can now sign in.` });
  }

  const errors = formState.errors;
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {open ? (
        <form onSubmit={handleSubmit(submit)} noValidate className="space-y-4 rounded-xl border border-line bg-surface p-5" aria-labelledby="new-user-title">
          <h2 id="new-user-title" className="font-semibold">
            New user
          </h2>
          <div className="grid gap-4 md:grid-cols-3">
            <TextField label="Name" autoFocus error={errors.name?.message} {...register('name')} />
            <TextField label="Email" type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
            <TextField
              label="Starting password"
              type="password"
              autoComplete="new-password"
              hint={`At least ${MIN_PASSWORD_LENGTH} characters. Share it privately.`}
              error={errors.password?.message}
              {...register('password')}
            />
          </div>
          <Controller
            control={control}
            name="roles"
            render={({ field }) => <RoleCheckboxes legend="Roles" idPrefix="new-user-role" value={field.value} onChange={field.onChange} />}
          />
          {errors.roles?.message ? <p className="text-xs font-medium text-danger">{errors.roles.message}</p> : null}
          <div className="flex gap-2">
            <Button type="submit" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? 'Creating…' : 'Create user'}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button onClick={() => setOpen(true)}>New user</Button>
      )}
    </div>
  );
}
