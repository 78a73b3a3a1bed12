-- The audit trail screen and GET /api/v1/audit-events filter by target name and by person, newest event first: each filter reads
-- its own index in seq order instead of walking the whole trail backwards.

-- CreateIndex
CREATE INDEX "AuditEvent_targetName_seq_idx" ON "AuditEvent"("targetName", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_actorEmail_seq_idx" ON "AuditEvent"("actorEmail", "seq");
