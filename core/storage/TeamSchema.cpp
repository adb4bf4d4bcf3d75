#include "TeamSchema.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"

namespace ClaimDesk::TeamSchema {

namespace {

// The four group roles; cluster-wide, so made only where missing.
const char* const CreateGroups = R"sql(
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimdesk_adjuster') THEN
    CREATE ROLE claimdesk_adjuster NOLOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimdesk_manager') THEN
    CREATE ROLE claimdesk_manager NOLOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimdesk_admin') THEN
    CREATE ROLE claimdesk_admin NOLOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimdesk_auditor') THEN
    CREATE ROLE claimdesk_auditor NOLOGIN; END IF;
END $$)sql";

// Whether the session's login owns the book (it ran `team init`): the owner
// migrates and imports, and is not held by the rules below.
const char* const IsOwner = R"sql(
CREATE OR REPLACE FUNCTION claimdesk_is_owner() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT pg_catalog.pg_has_role(session_user,
    (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = 'public.claims'::regclass),
    'MEMBER')
$$)sql";

const char* const MayDecideAll = R"sql(
CREATE OR REPLACE FUNCTION claimdesk_may_work_any() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT public.claimdesk_is_owner()
      OR pg_catalog.pg_has_role(session_user, 'claimdesk_manager', 'MEMBER')
$$)sql";

// Amounts in refusals as people write them: 12,500.00.
const char* const Amount = R"sql(
CREATE OR REPLACE FUNCTION claimdesk_amount(cents bigint) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT to_char(coalesce(cents, 0) / 100.0, 'FM999,999,999,999,990.00')
$$)sql";

// An adjuster works only the claims they hold: a claim they file is theirs; they
// take a free open claim only for themselves and give back only their own; a
// draft (the chat's, anyone's) only goes on to Submitted, and then it is theirs;
// and they set a claim to Approved or Paid, or change the amount of one, only up
// to their authority limit. Columns the rules derive (risk, decision,
// reimbursement) anyone may bring up to date: rescoring after a rule change and
// the duplicate-bill check re-decide claims nobody at the desk holds; the status,
// the decision of record, stays the holder's. Every other column, including any
// added later, is the holder's.
// Functions here pin search_path with pg_temp last, so a temporary table of a
// caller's cannot stand in for one of the book's.
const char* const GuardClaim = R"sql(
CREATE OR REPLACE FUNCTION claimdesk_guard_claim() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  derived constant text[] := ARRAY['risk_rank', 'risk_score', 'priority_rank', 'final_decision',
    'reimbursement_cents', 'prior_approval', 'updated_at', 'version', 'escalated'];
  worked boolean;
  allowed bigint;
  was_open boolean;
BEGIN
  IF public.claimdesk_may_work_any() THEN RETURN NEW; END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.assignee NOT IN ('', session_user) THEN
      RAISE EXCEPTION 'ClaimDesk: only a manager may assign a claim to %', NEW.assignee
        USING ERRCODE = '42501';
    END IF;
    IF NEW.status <> 'Draft' THEN
      NEW.assignee := session_user; -- who files a claim holds it
    END IF;
  ELSE
    was_open := OLD.status IN ('Submitted', 'Under Review', 'Pending');
    IF NEW.assignee IS DISTINCT FROM OLD.assignee
       AND NOT (OLD.assignee = '' AND NEW.assignee = session_user AND was_open)
       AND NOT (OLD.assignee = session_user AND NEW.assignee = '') THEN
      IF OLD.assignee NOT IN ('', session_user) THEN
        RAISE EXCEPTION 'ClaimDesk: claim % is held by %; only a manager may reassign it',
          OLD.id, OLD.assignee USING ERRCODE = '42501';
      END IF;
      IF NOT was_open AND NEW.assignee = session_user THEN
        RAISE EXCEPTION 'ClaimDesk: claim % is % and no longer in the queue; a manager may reopen it',
          OLD.id, OLD.status USING ERRCODE = '42501';
      END IF;
      RAISE EXCEPTION 'ClaimDesk: only a manager may hand claim % to %', OLD.id, NEW.assignee
        USING ERRCODE = '42501';
    END IF;
    -- who holds it was judged above
    worked := (to_jsonb(NEW) - derived - 'assignee') IS DISTINCT FROM (to_jsonb(OLD) - derived - 'assignee');
    IF worked AND OLD.status = 'Draft' AND NEW.assignee = '' THEN
      IF NEW.status NOT IN ('Draft', 'Submitted') THEN
        RAISE EXCEPTION 'ClaimDesk: claim % is still a draft; it is decided once submitted', OLD.id
          USING ERRCODE = '42501';
      END IF;
      IF NEW.status = 'Submitted' THEN
        NEW.assignee := session_user; -- who hands the draft in holds it
      END IF;
    ELSIF worked AND OLD.assignee <> session_user THEN
      IF OLD.assignee = '' THEN
        RAISE EXCEPTION 'ClaimDesk: claim % is not assigned to you; take it first', OLD.id
          USING ERRCODE = '42501';
      END IF;
      RAISE EXCEPTION 'ClaimDesk: claim % is held by %, not by you', OLD.id, OLD.assignee
        USING ERRCODE = '42501';
    END IF;
  END IF;
  IF NEW.status IN ('Approved', 'Paid')
     AND (TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status
          OR NEW.amount_cents IS DISTINCT FROM OLD.amount_cents) THEN
    SELECT l.limit_cents INTO allowed FROM public.team_limits l WHERE l.login = session_user;
    IF coalesce(NEW.amount_cents, 0) > coalesce(allowed, 0) THEN
      RAISE EXCEPTION 'ClaimDesk: setting claim % (%) to % is above your authority limit of %; refer it to a manager',
        NEW.id, public.claimdesk_amount(NEW.amount_cents), NEW.status,
        public.claimdesk_amount(allowed) USING ERRCODE = '42501';
    END IF;
  END IF;
  RETURN NEW;
END $$)sql";

// Documents, their fields and model opinions belong to a claim: written only by
// whoever may work it, before and after the change (a document cannot be moved
// off a claim someone else holds).
const char* const GuardDocument = R"sql(
CREATE OR REPLACE FUNCTION claimdesk_guard_claim_part() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  claims_touched text[];
  claim text;
  holder text;
  state text;
BEGIN
  IF public.claimdesk_may_work_any() THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_TABLE_NAME = 'extracted_fields' THEN
    SELECT array_agg(d.claim_id) INTO claims_touched FROM public.documents d
      WHERE d.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.document_id END,
                     CASE WHEN TG_OP <> 'DELETE' THEN NEW.document_id END);
  ELSE
    claims_touched := ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.claim_id END,
                            CASE WHEN TG_OP <> 'DELETE' THEN NEW.claim_id END];
  END IF;
  FOREACH claim IN ARRAY coalesce(claims_touched, ARRAY[]::text[]) LOOP
    CONTINUE WHEN claim IS NULL;
    SELECT c.assignee, c.status INTO holder, state FROM public.claims c WHERE c.id = claim;
    IF state IS NOT NULL AND state <> 'Draft' AND holder <> session_user THEN
      RAISE EXCEPTION 'ClaimDesk: claim % is not assigned to you; take it first', claim
        USING ERRCODE = '42501';
    END IF;
  END LOOP;
  IF TG_TABLE_NAME = 'agent_decisions' AND TG_OP = 'UPDATE'
     AND NEW.accepted_by IS DISTINCT FROM OLD.accepted_by THEN
    NEW.accepted_by := session_user;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$)sql";

// Claim numbers only go up: a counter set back would hand out numbers already used.
const char* const GuardSequence = R"sql(
CREATE OR REPLACE FUNCTION claimdesk_guard_sequence() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NOT public.claimdesk_is_owner() AND NEW.value < OLD.value THEN
    RAISE EXCEPTION 'ClaimDesk: the counter % only goes up', OLD.name USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$)sql";

// The audit trail names the login that wrote it and the server's time, whatever
// the row says.
const char* const AuditActor = R"sql(
CREATE OR REPLACE FUNCTION claimdesk_audit_actor() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NOT public.claimdesk_is_owner() THEN
    NEW.actor := session_user;
    NEW.at := (extract(epoch FROM clock_timestamp()) * 1000)::bigint; -- the server's time
  END IF;
  RETURN NEW;
END $$)sql";

// Every statement that files or changes claims, their documents or their audit
// trail (so every audited change) is announced
// to the desks listening (ClaimChangeFeed): who did it and which claims, or "*"
// when there are too many to name.
const char* const Announce = R"sql(
CREATE OR REPLACE FUNCTION claimdesk_announce() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  n bigint;
  ids text;
BEGIN
  IF TG_TABLE_NAME = 'claims' THEN
    SELECT count(*) INTO n FROM changed;
    IF n BETWEEN 1 AND 50 THEN SELECT string_agg(c.id, ' ') INTO ids FROM changed c; END IF;
  ELSE
    SELECT count(DISTINCT c.claim_id) INTO n FROM changed c WHERE c.claim_id IS NOT NULL;
    IF n BETWEEN 1 AND 50 THEN
      SELECT string_agg(DISTINCT c.claim_id, ' ') INTO ids FROM changed c;
    END IF;
  END IF;
  IF n > 0 THEN
    PERFORM pg_notify('claimdesk_claims', session_user || E'\n' || coalesce(ids, '*'));
  END IF;
  RETURN NULL;
END $$)sql";

// Users are login roles in one of the groups; only an administrator manages
// them. These run as the book's owner (who may create roles), after checking
// that the caller is an administrator.
const char* const AddUser = R"sql(
CREATE OR REPLACE FUNCTION claimdesk_add_user(p_name text, p_role text, p_limit_cents bigint,
                                              p_password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NOT pg_has_role(session_user, 'claimdesk_admin', 'MEMBER') THEN
    RAISE EXCEPTION 'ClaimDesk: only an administrator may add users' USING ERRCODE = '42501';
  END IF;
  IF p_role NOT IN ('adjuster', 'manager', 'admin', 'auditor') THEN
    RAISE EXCEPTION 'ClaimDesk: unknown role %', p_role USING ERRCODE = '22023';
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_name) THEN
    RAISE EXCEPTION 'ClaimDesk: the login % already exists', p_name USING ERRCODE = '42710';
  END IF;
  IF p_password IS NULL THEN
    EXECUTE format('CREATE ROLE %I LOGIN', p_name);
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_name, p_password);
  END IF;
  EXECUTE format('GRANT %I TO %I', 'claimdesk_' || p_role, p_name);
  INSERT INTO team_limits (login, limit_cents) VALUES (p_name, coalesce(p_limit_cents, 0))
    ON CONFLICT (login) DO UPDATE SET limit_cents = EXCLUDED.limit_cents;
END $$)sql";

const char* const SetUser = R"sql(
CREATE OR REPLACE FUNCTION claimdesk_set_user(p_name text, p_role text, p_limit_cents bigint,
                                              p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  g text;
BEGIN
  IF NOT pg_has_role(session_user, 'claimdesk_admin', 'MEMBER') THEN
    RAISE EXCEPTION 'ClaimDesk: only an administrator may change users' USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT FROM claimdesk_users WHERE name = p_name) THEN
    RAISE EXCEPTION 'ClaimDesk: % is not a ClaimDesk user', p_name USING ERRCODE = '42704';
  END IF;
  IF p_role IS NOT NULL THEN
    IF p_role NOT IN ('adjuster', 'manager', 'admin', 'auditor') THEN
      RAISE EXCEPTION 'ClaimDesk: unknown role %', p_role USING ERRCODE = '22023';
    END IF;
    FOREACH g IN ARRAY ARRAY['adjuster', 'manager', 'admin', 'auditor'] LOOP
      EXECUTE format('REVOKE %I FROM %I', 'claimdesk_' || g, p_name);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', 'claimdesk_' || p_role, p_name);
  END IF;
  IF p_limit_cents IS NOT NULL THEN
    INSERT INTO team_limits (login, limit_cents) VALUES (p_name, p_limit_cents)
      ON CONFLICT (login) DO UPDATE SET limit_cents = EXCLUDED.limit_cents;
  END IF;
  IF p_active IS NOT NULL THEN
    EXECUTE format(CASE WHEN p_active THEN 'ALTER ROLE %I LOGIN' ELSE 'ALTER ROLE %I NOLOGIN' END,
                   p_name);
    IF NOT p_active THEN -- sessions already open end now, not when they reconnect
      PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a WHERE a.usename = p_name;
    END IF;
  END IF;
END $$)sql";

// One row per person and group (the groups themselves left out).
const char* const UsersView = R"sql(
CREATE OR REPLACE VIEW claimdesk_users AS
  SELECT r.rolname::text AS name, substr(g.rolname, 11) AS role,
         coalesce(l.limit_cents, 0) AS limit_cents, r.rolcanlogin AS active
  FROM pg_roles r
  JOIN pg_auth_members m ON m.member = r.oid
  JOIN pg_roles g ON g.oid = m.roleid
  LEFT JOIN team_limits l ON l.login = r.rolname
  WHERE g.rolname IN ('claimdesk_adjuster', 'claimdesk_manager', 'claimdesk_admin',
                      'claimdesk_auditor')
    AND r.rolname NOT IN ('claimdesk_adjuster', 'claimdesk_manager', 'claimdesk_admin',
                          'claimdesk_auditor'))sql";

// The tables the claims work changes (guarded by claim where they belong to one),
// and those it only adds to: a decision, a document's bytes, a message, a check
// once written stay as written.
const char* const WorkTables
    = "claims, documents, extracted_fields, agent_decisions, intake_conversations, sequences";
const char* const AddOnlyTables = "blobs, decisions, intake_messages, inspection_appointments, "
                                  "response_times, policy_checks, policy_advice";
const char* const LibraryTables
    = "policy_holders, policy_documents, policy_clauses, clause_embeddings";
const char* const Groups
    = "claimdesk_adjuster, claimdesk_manager, claimdesk_admin, claimdesk_auditor";

// One statement-level trigger per event: a transition table serves one event only.
QStringList announceOn(const char* table, const char* event)
{
    const QString name = QStringLiteral("%1_announce_%2")
                             .arg(QLatin1String(table), QString::fromLatin1(event).toLower());
    return { QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, QLatin1String(table)),
        QStringLiteral("CREATE TRIGGER %1 AFTER %3 ON %2 REFERENCING NEW TABLE AS changed"
                       " FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_announce()")
            .arg(name, QLatin1String(table), QLatin1String(event)) };
}

QStringList statements()
{
    const QString work = QLatin1String(WorkTables);
    const QString library = QLatin1String(LibraryTables);
    const QString groups = QLatin1String(Groups);
    QStringList all = {
        QLatin1String(CreateGroups),
        QStringLiteral("GRANT claimdesk_adjuster TO claimdesk_manager"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS team_limits (login TEXT PRIMARY KEY,"
                       " limit_cents BIGINT NOT NULL CHECK (limit_cents >= 0))"),
        QLatin1String(IsOwner),
        QLatin1String(MayDecideAll),
        QLatin1String(Amount),
        QLatin1String(GuardClaim),
        QLatin1String(GuardDocument),
        QLatin1String(GuardSequence),
        QLatin1String(Announce),
        QLatin1String(AuditActor),
        QLatin1String(UsersView),
        QLatin1String(AddUser),
        QLatin1String(SetUser),
        QStringLiteral("DROP TRIGGER IF EXISTS claims_team_guard ON claims"),
        QStringLiteral("CREATE TRIGGER claims_team_guard BEFORE INSERT OR UPDATE ON claims"
                       " FOR EACH ROW EXECUTE FUNCTION claimdesk_guard_claim()"),
        QStringLiteral("DROP TRIGGER IF EXISTS documents_team_guard ON documents"),
        QStringLiteral("CREATE TRIGGER documents_team_guard BEFORE INSERT OR UPDATE OR DELETE"
                       " ON documents FOR EACH ROW EXECUTE FUNCTION claimdesk_guard_claim_part()"),
        QStringLiteral("DROP TRIGGER IF EXISTS extracted_fields_team_guard ON extracted_fields"),
        QStringLiteral("CREATE TRIGGER extracted_fields_team_guard BEFORE INSERT OR UPDATE OR"
                       " DELETE ON extracted_fields FOR EACH ROW"
                       " EXECUTE FUNCTION claimdesk_guard_claim_part()"),
        QStringLiteral("DROP TRIGGER IF EXISTS agent_decisions_team_guard ON agent_decisions"),
        QStringLiteral("CREATE TRIGGER agent_decisions_team_guard BEFORE INSERT OR UPDATE OR"
                       " DELETE ON agent_decisions FOR EACH ROW"
                       " EXECUTE FUNCTION claimdesk_guard_claim_part()"),
        QStringLiteral("DROP TRIGGER IF EXISTS sequences_team_guard ON sequences"),
        QStringLiteral("CREATE TRIGGER sequences_team_guard BEFORE UPDATE ON sequences"
                       " FOR EACH ROW EXECUTE FUNCTION claimdesk_guard_sequence()"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_actor ON audit_log"),
        QStringLiteral("CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION claimdesk_audit_actor()"),
        // rule_sets from schema 17 on (a book is set up for a team before its upgrade too)
        QStringLiteral("DO $$ BEGIN IF to_regclass('public.rule_sets') IS NOT NULL THEN"
                       " DROP TRIGGER IF EXISTS rule_sets_actor ON rule_sets;"
                       " CREATE TRIGGER rule_sets_actor BEFORE INSERT ON rule_sets"
                       " FOR EACH ROW EXECUTE FUNCTION claimdesk_audit_actor();"
                       " END IF; END $$"),
        // Nothing for anyone but what follows.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, %1").arg(groups),
        QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON FUNCTION claimdesk_add_user(text, text, bigint, text),"
                       " claimdesk_set_user(text, text, bigint, boolean) FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(groups),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(groups),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO"
                       " claimdesk_adjuster, claimdesk_admin"),
        // Adjusters (and so managers) work claims; audit, ledger and log take rows
        // but never change or lose one.
        QStringLiteral("GRANT INSERT, UPDATE ON %1 TO claimdesk_adjuster").arg(work),
        QStringLiteral("GRANT INSERT ON %1 TO claimdesk_adjuster")
            .arg(QLatin1String(AddOnlyTables)),
        QStringLiteral("GRANT DELETE ON extracted_fields TO claimdesk_adjuster"),
        QStringLiteral("GRANT INSERT ON audit_log, llm_usage, app_log TO claimdesk_adjuster"),
        // Administrators keep the policy library, the rules, the users and the log.
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO claimdesk_admin").arg(library),
        QStringLiteral("DO $$ BEGIN IF to_regclass('public.rule_sets') IS NOT NULL THEN"
                       " GRANT INSERT ON rule_sets TO claimdesk_admin; END IF; END $$"),
        QStringLiteral("GRANT INSERT, DELETE ON app_log TO claimdesk_admin"),
        // Insurer portals: administrators keep them, adjusters file claims on them.
        QStringLiteral("DO $$ BEGIN IF to_regclass('public.insurer_portals') IS NOT NULL THEN"
                       " GRANT INSERT, UPDATE, DELETE ON insurer_portals TO claimdesk_admin;"
                       " GRANT INSERT, UPDATE ON portal_submissions TO claimdesk_adjuster;"
                       " END IF; END $$"),
        QStringLiteral("GRANT INSERT ON llm_usage TO claimdesk_admin"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION claimdesk_add_user(text, text, bigint, text),"
                       " claimdesk_set_user(text, text, bigint, boolean) TO claimdesk_admin"),
    };
    for (const char* table : { "claims", "documents" }) {
        all << announceOn(table, "INSERT") << announceOn(table, "UPDATE");
    }
    // Every other change to a claim (a field corrected, an opinion accepted, a
    // check recorded) writes its audit line.
    all << announceOn("audit_log", "INSERT");
    return all;
}

} // namespace

Status install(const Database& db)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        return Status::failure(Error::of(ErrorKind::Invalid,
            StorageTr::tr("a team book is on a PostgreSQL server (--db-url); %1 is a desk's own "
                          "file")
                .arg(db.location().displayName())));
    const auto once = [&] {
        return db.writeTransaction([&]() -> Status {
            QSqlQuery q = db.query();
            for (const QString& statement : statements()) {
                if (auto s = Sql::exec(q, statement); !s)
                    return s;
            }
            return {};
        });
    };
    // The group roles belong to the whole server: a second book's init at the
    // same moment may make them first, and this one then finds them made.
    Status s = once();
    for (int retry = 0; !s && retry < 2
         && (s.error().contains(u"concurrently") || s.error().contains(u"duplicate key"));
         ++retry)
        s = once();
    return s;
}

Result<bool> isInstalled(const Database& db)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        return false;
    QSqlQuery q = db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT to_regclass('public.team_limits') IS NOT NULL"
                           " AND EXISTS (SELECT FROM pg_roles WHERE rolname = ?)"),
            { QStringLiteral("claimdesk_adjuster") });
        !s)
        return Result<bool>::failure(s.errorDetail());
    return q.next() && q.value(0).toBool();
}

} // namespace ClaimDesk::TeamSchema
