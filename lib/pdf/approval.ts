// Which versions a PDF presents as approved: an Approved one, and one whose card was archived while it stood approved (archiving retires a card; it does not withdraw the approval an auditor needs to see).
import type { VersionDto } from '@/lib/server/model-cards/card-dto';

export function carriesApproval(version: Pick<VersionDto, 'status' | 'statusChanges'>): boolean {
  if (version.status === 'Approved') return true;
  if (version.status !== 'Archived') return false;
  return version.statusChanges.findLast((change) => change.toStatus === 'Archived')?.fromStatus === 'Approved';
}
