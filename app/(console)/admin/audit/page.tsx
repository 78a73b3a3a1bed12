// The audit trail has its own page, for auditors as well as admins; the hash-chain check moved there with it.
import { redirect } from 'next/navigation';

export default function AdminAuditPage() {
  redirect('/audit');
}
