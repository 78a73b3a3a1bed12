'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { ZFirstAdmin, MIN_PASSWORD_LENGTH } from '@/lib/schemas/user';
import { createFirstAdminAction } from '@/lib/actions/setup';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';

const ZSetupForm = ZFirstAdmin.extend({ confirm: z.string() }).refine((value) => value.password === value.confirm, {
  path: ['confirm'],
  message: 'The passwords do not match',
});
type SetupValues = z.input<typeof ZSetupForm>;

export function SetupForm() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const { register, handleSubmit, setError: setFieldError, formState } = useForm<SetupValues>({ resolver: zodResolver(ZSetupForm) });

  async function submit(values: SetupValues) {
    setError(undefined);
    const result = await createFirstAdminAction({ name: values.name, email: values.email, password: values.password });
    if (!result.ok) {
      if (result.path === 'email' || result.path === 'password' || result.path === 'name') setFieldError(result.path, { message: result.message });
      else setError(result.message);
      return;
    }
    const signedIn = await signIn('credentials', { email: result.data.email, password: values.password, redirect: false });
    if (signedIn?.ok && !signedIn.error) {
      router.replace('/model-cards');
      router.refresh();
    } else router.replace('/signin');
  }

  const errors = formState.errors;
  return (
    <form onSubmit={handleSubmit(submit)} className="mt-5 space-y-4" noValidate>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <TextField label="Your name" autoComplete="name" autoFocus error={errors.name?.message} {...register('name')} />
      <TextField label="Email" type="email" autoComplete="username" error={errors.email?.message} {...register('email')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password?.message}
        {...register('password')}
      />
      <TextField label="Confirm password" type="password" autoComplete="new-password" error={errors.confirm?.message} {...register('confirm')} />
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Creating the administrator…' : 'Create administrator'}
      </Button>
    </form>
  );
}
