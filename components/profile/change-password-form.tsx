// Changing one's own password: the current one, the new one twice; on success every session ends, so the next stop is the sign-in page.
'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ZPasswordChange, MIN_PASSWORD_LENGTH } from '@/lib/schemas/user';
import type { TPasswordChange } from '@/lib/schemas/user';
import { changeOwnPasswordAction } from '@/lib/actions/profile';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';

const FIELDS = [
  { name: 'currentPassword', label: 'Current password', autoComplete: 'current-password' },
  { name: 'newPassword', label: 'New password', autoComplete: 'new-password', hint: `At least ${MIN_PASSWORD_LENGTH} characters.` },
  { name: 'confirmPassword', label: 'Confirm new password', autoComplete: 'new-password' },
] as const;

export function ChangePasswordForm() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const { register, handleSubmit, setError: setFieldError, formState } = useForm<TPasswordChange>({ resolver: zodResolver(ZPasswordChange) });

  async function submit(values: TPasswordChange) {
    setError(undefined);
    const result = await changeOwnPasswordAction(values);
    if (result.ok) {
      // The session this page runs in has just ended with the others: on to the sign-in page, which says why.
      router.replace('/signin?passwordChanged=1');
      return;
    }
    const field = FIELDS.find(({ name }) => name === result.path)?.name;
    if (field) setFieldError(field, { message: result.message.replace(`${field}: `, '') });
    else setError(result.message);
  }

  const errors = formState.errors;
  return (
    <form
      onSubmit={handleSubmit(submit)}
      noValidate
      aria-labelledby="password-title"
      className="max-w-md space-y-4 rounded-xl border border-line bg-surface p-5"
    >
      <div>
        <h2 id="password-title" className="font-semibold">
          Change your password
        </h2>
        <p className="mt-1 text-sm text-muted">
          Every session you have open, this one included, ends; sign in again with the new password. Access keys keep working.
        </p>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {FIELDS.map((field) => (
        <TextField
          key={field.name}
          label={field.label}
          type="password"
          autoComplete={field.autoComplete}
          hint={'hint' in field ? field.hint : undefined}
          error={errors[field.name]?.message}
          {...register(field.name)}
        />
      ))}
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
