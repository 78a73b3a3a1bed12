// The refusals every card service shares, worded once: the card is gone (asked for by id or by name), or it is archived.
import 'server-only';
import { AppError } from '@/lib/server/errors';

export function cardNotFound(): AppError {
  return new AppError('NOT_FOUND', 'That model card does not exist. It may have been deleted.');
}

/** A card asked for by name: the name is what the caller typed, so the answer repeats it. */
export function cardNamedNotFound(name: string): AppError {
  return new AppError('NOT_FOUND', `There is no model card named ${name}.`);
}

/** A card asked for by id or by name, as getCard and readVersionHead take it. */
export function cardRefNotFound(ref: { cardId: string } | { name: string }): AppError {
  return 'name' in ref ? cardNamedNotFound(ref.name) : cardNotFound();
}

export function versionNotFound(card: { name: string; latestVersion: number }, number: number): AppError {
  return new AppError('NOT_FOUND', `${card.name} has no version ${number}; its versions are 1 to ${card.latestVersion}.`, { path: 'version' });
}

export function cardArchived(): AppError {
  return new AppError('ARCHIVED', 'Model card is archived');
}
