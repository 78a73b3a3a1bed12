-- Versions, reviews and status changes are append-only: the database refuses to rewrite history.
-- They leave only together with their card, when the deleting transaction names that card in
-- the transaction-local setting cardinal.deleting_card. Audit events never leave.

CREATE FUNCTION "cardinal_refuse_history_rewrite"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION '% rows are immutable: version % of card % cannot be changed', TG_TABLE_NAME, OLD."version", OLD."cardId"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF current_setting('cardinal.deleting_card', true) IS DISTINCT FROM OLD."cardId" THEN
    RAISE EXCEPTION '% rows cannot be deleted one by one: version % of card % is kept until the card is deleted', TG_TABLE_NAME, OLD."version", OLD."cardId"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER "ModelCardVersion_append_only" BEFORE UPDATE OR DELETE ON "ModelCardVersion"
  FOR EACH ROW EXECUTE FUNCTION "cardinal_refuse_history_rewrite"();
CREATE TRIGGER "Review_append_only" BEFORE UPDATE OR DELETE ON "Review"
  FOR EACH ROW EXECUTE FUNCTION "cardinal_refuse_history_rewrite"();
CREATE TRIGGER "CardStatusChange_append_only" BEFORE UPDATE OR DELETE ON "CardStatusChange"
  FOR EACH ROW EXECUTE FUNCTION "cardinal_refuse_history_rewrite"();

CREATE FUNCTION "cardinal_refuse_audit_rewrite"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "cardinal_refuse_audit_rewrite"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "cardinal_refuse_audit_rewrite"();
