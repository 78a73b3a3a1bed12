-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_status_idx" ON "WebhookDelivery"("endpointId", "status");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_lastAttemptAt_idx" ON "WebhookDelivery"("endpointId", "lastAttemptAt");
