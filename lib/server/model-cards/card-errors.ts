// The two refusals every card service shares, worded once: the card is gone, or it is archived.
import 'server-only';
import { AppError } from '@/lib/server/errors';

export function cardNotFound(): AppError {
  return new AppError('NOT_FOUND', 'That model card does not exist. It may have been deleted.');
}

export function versionNotFound(card: { name: string; latestVersion: number }, number: number): AppError {
  return new AppError('NOT_FOUND', `${card.name} has no version ${number}; its versions are 1 to ${card.latestVersion}.`, { path: 'version' });
}

export function cardArchived(): AppError {
  return new AppError('ARCHIVED', 'Model card is archived');
}
