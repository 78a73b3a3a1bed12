// Export actions for the console: start a PDF export of one card version; the browser then polls the job's REST route.
'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/server/auth/get-actor';
import { createExportJob } from '@/lib/server/exports/create-export-job';
import { toExportJobView } from '@/lib/schemas/export-job-view';
import { runAction } from './action-result';

export async function startExportAction(cardName: string, version: number) {
  return runAction(async () => {
    const job = await createExportJob({ actor: await getActor(), cardName, version });
    revalidatePath('/exports');
    return toExportJobView(job);
  });
}
