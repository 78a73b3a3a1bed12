import { formatDateTime } from '@/lib/format';
import type { PackageApprovalDto } from '@/lib/server/registry/registry-dto';
import { ApprovalBadge } from './registry-badges';
import { TD, TH, TableFrame } from './registry-frame';

/** Every approval-status change, newest first, with the card version and hash it relied on. */
export function ApprovalHistory({ approvals }: { approvals: PackageApprovalDto[] }) {
  if (approvals.length === 0) return <p className="text-sm text-muted">No approval decision yet.</p>;
  return (
    <TableFrame
      caption="Approval history"
      head={
        <>
          <th scope="col" className={TH}>
            When
          </th>
          <th scope="col" className={TH}>
            Who
          </th>
          <th scope="col" className={TH}>
            Decision
          </th>
          <th scope="col" className={TH}>
            Card relied on
          </th>
          <th scope="col" className={TH}>
            Reason
          </th>
        </>
      }
    >
      {approvals.map((approval) => (
        <tr key={approval.id}>
          <td className={`${TD} whitespace-nowrap`}>
            <time dateTime={approval.createdAt.toISOString()}>{formatDateTime(approval.createdAt)}</time>
          </td>
          <td className={TD}>{approval.actor.name}</td>
          <td className={TD}>
            <ApprovalBadge status={approval.toStatus} />
          </td>
          <td className={TD}>
            {approval.cardName ? (
              <>
                {approval.cardName} version {approval.cardVersion}
                {approval.cardContentHash ? (
                  <div className="font-mono text-xs text-muted" title={approval.cardContentHash}>
                    sha256 {approval.cardContentHash.slice(0, 16)}…
                  </div>
                ) : null}
              </>
            ) : (
              <span className="text-xs text-muted">No card</span>
            )}
          </td>
          <td className={`${TD} max-w-72`}>{approval.description ?? <span className="text-xs text-muted">—</span>}</td>
        </tr>
      ))}
    </TableFrame>
  );
}
