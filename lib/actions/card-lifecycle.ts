// One card's lifecycle from the card page and the review screen: authenticate, call one service, refresh every console page (the navigation's review count changes too), return a small result.
'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/server/auth/get-actor';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import { requestChanges } from '@/lib/server/model-cards/request-changes';
import { archive } from '@/lib/server/model-cards/archive';
import { deleteCard } from '@/lib/server/model-cards/delete-card';
import { startReReview } from '@/lib/server/model-cards/start-re-review';
import {
  archivedMessage,
  changesRequestedMessage,
  deletedMessage,
  reReviewStartedMessage,
  submittedMessage,
} from '@/lib/server/model-cards/lifecycle-messages';
import { runAction } from './action-result';

function refreshConsole() {
  revalidatePath('/', 'layout');
}

export async function submitForReviewAction(cardId: string, comment?: string) {
  return runAction(async () => {
    const card = await submitForReview({ actor: await getActor(), cardId, comment });
    refreshConsole();
    return { message: submittedMessage(card) };
  });
}

export async function startReReviewAction(cardId: string) {
  return runAction(async () => {
    const card = await startReReview({ actor: await getActor(), cardId });
    refreshConsole();
    return { message: reReviewStartedMessage(card) };
  });
}

export async function approveAction(cardId: string, version: number, comment?: string) {
  return runAction(async () => {
    const result = await approve({ actor: await getActor(), cardId, version, comment });
    refreshConsole();
    return { message: result.message, approved: result.approved };
  });
}

export async function requestChangesAction(cardId: string, version: number, comment: string) {
  return runAction(async () => {
    const card = await requestChanges({ actor: await getActor(), cardId, version, comment });
    refreshConsole();
    return { message: changesRequestedMessage(card) };
  });
}

export async function archiveAction(cardId: string, comment?: string) {
  return runAction(async () => {
    const card = await archive({ actor: await getActor(), cardId, comment });
    refreshConsole();
    return { message: archivedMessage(card) };
  });
}

export async function deleteCardAction(cardId: string) {
  return runAction(async () => {
    const deleted = await deleteCard({ actor: await getActor(), cardId });
    refreshConsole();
    return { name: deleted.name, versions: deleted.versions, message: deletedMessage(deleted) };
  });
}
