#include "Migrations.h"

#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace ClaimDesk::Migrations {

namespace {

struct Step
{
    int version;
    const char* description;
    QStringList (*statements)(const SqlDialect&);
};

QStringList claimsAndDocuments(const SqlDialect& d)
{
    QStringList s = {
        QStringLiteral("CREATE TABLE sequences (name TEXT PRIMARY KEY, value ${BIGINT} NOT NULL)"),
        QStringLiteral(
            "INSERT INTO sequences (name, value) VALUES ('claim:H', 0), ('claim:CD', 0)"),
        QStringLiteral(
            "CREATE TABLE claims ("
            " id TEXT PRIMARY KEY,"
            " claim_type TEXT NOT NULL CHECK (claim_type IN ('H', 'CD')),"
            " status TEXT NOT NULL CHECK (status IN ('Submitted', 'Under Review', 'Pending',"
            "   'Approved', 'Rejected', 'Paid')),"
            " memo TEXT NOT NULL DEFAULT '',"
            " claimant_national_id TEXT NOT NULL DEFAULT '',"
            " claimant_name TEXT NOT NULL DEFAULT '',"
            " amount_cents ${BIGINT},"
            " provider_name TEXT NOT NULL DEFAULT '',"
            " diagnosis_code TEXT NOT NULL DEFAULT '',"
            " treatment_notes TEXT NOT NULL DEFAULT '',"
            " service_date TEXT,"
            " line_items TEXT NOT NULL DEFAULT '[]',"
            " in_network INTEGER NOT NULL DEFAULT 1,"
            " is_emergency INTEGER NOT NULL DEFAULT 0,"
            " created_at ${BIGINT} NOT NULL,"
            " updated_at ${BIGINT} NOT NULL,"
            " submitted_at ${BIGINT},"
            " assignee TEXT NOT NULL DEFAULT '',"
            " escalated INTEGER NOT NULL DEFAULT 0,"
            " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX claims_created ON claims (created_at)"),
        QStringLiteral("CREATE INDEX claims_national_id ON claims (claimant_national_id)"),
        // Document bytes, once per content hash (see README, "Document storage").
        QStringLiteral("CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size ${BIGINT} NOT NULL,"
                       " data ${BLOB} NOT NULL)"),
        QStringLiteral("CREATE TABLE documents ("
                       " id ${ID},"
                       " claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
                       " sha256 TEXT NOT NULL REFERENCES blobs (sha256),"
                       " category TEXT NOT NULL DEFAULT 'unknown',"
                       " original_name TEXT NOT NULL,"
                       " mime_type TEXT NOT NULL,"
                       " size ${BIGINT} NOT NULL,"
                       " useful INTEGER,"
                       " uploaded_at ${BIGINT} NOT NULL,"
                       " UNIQUE (claim_id, sha256))"),
        QStringLiteral(
            "CREATE TABLE extracted_fields ("
            " id ${ID},"
            " document_id ${BIGINT} NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
            " name TEXT NOT NULL,"
            " value TEXT NOT NULL,"
            " printed_text TEXT NOT NULL DEFAULT '',"
            " confidence ${REAL} NOT NULL DEFAULT 0,"
            " page INTEGER NOT NULL DEFAULT 0,"
            " box_x ${REAL}, box_y ${REAL}, box_w ${REAL}, box_h ${REAL})"),
        QStringLiteral("CREATE INDEX extracted_fields_document ON extracted_fields (document_id)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id ${ID},"
                       " at ${BIGINT} NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " claim_id TEXT,"
                       " action TEXT NOT NULL,"
                       " old_value TEXT,"
                       " new_value TEXT)"),
        QStringLiteral("CREATE INDEX audit_log_claim ON audit_log (claim_id, id)"),
    };
    s << d.appendOnlyGuard(QStringLiteral("audit_log"));
    return s;
}

QStringList decisionsPoliciesAndLogs(const SqlDialect& d)
{
    QStringList s = {
        QStringLiteral("CREATE TABLE decisions ("
                       " id ${ID},"
                       " claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
                       " ruleset_version TEXT NOT NULL,"
                       " as_of TEXT NOT NULL,"
                       " decided_at ${BIGINT} NOT NULL,"
                       " bronze_decision TEXT NOT NULL,"
                       " quality_score INTEGER NOT NULL,"
                       " reimbursement_cents ${BIGINT} NOT NULL,"
                       " network_penalty_cents ${BIGINT} NOT NULL,"
                       " priority TEXT,"
                       " risk_score INTEGER,"
                       " risk_level TEXT,"
                       " final_decision TEXT NOT NULL,"
                       " explanation TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX decisions_claim ON decisions (claim_id, id)"),
        // The model's opinion beside the rules' (agent mode); never the decision of record
        // unless accepted_by is set.
        QStringLiteral("CREATE TABLE agent_decisions ("
                       " id ${ID},"
                       " claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
                       " decision_id ${BIGINT} REFERENCES decisions (id),"
                       " decided_at ${BIGINT} NOT NULL,"
                       " model TEXT NOT NULL,"
                       " prompt_version TEXT NOT NULL,"
                       " final_decision TEXT,"
                       " confidence ${REAL},"
                       " reasoning TEXT NOT NULL DEFAULT '',"
                       " error TEXT,"
                       " accepted_by TEXT,"
                       " accepted_at ${BIGINT})"),
        QStringLiteral("CREATE INDEX agent_decisions_claim ON agent_decisions (claim_id, id)"),
        // The current (latest) decision's headline, denormalised for the triage queue's order.
        QStringLiteral("ALTER TABLE claims ADD COLUMN risk_rank INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE claims ADD COLUMN risk_score INTEGER"),
        QStringLiteral("ALTER TABLE claims ADD COLUMN priority_rank INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE claims ADD COLUMN final_decision TEXT"),
        QStringLiteral(
            "ALTER TABLE claims ADD COLUMN reimbursement_cents ${BIGINT} NOT NULL DEFAULT 0"),
        // Queue order: highest risk, then priority, then oldest. One index per common
        // filter so a filtered page is an index range scan, never a sort of the book.
        QStringLiteral("CREATE INDEX claims_queue ON claims"
                       " (risk_rank DESC, priority_rank DESC, created_at, id)"),
        QStringLiteral("CREATE INDEX claims_queue_status ON claims"
                       " (status, risk_rank DESC, priority_rank DESC, created_at, id)"),
        QStringLiteral("CREATE INDEX claims_queue_type ON claims"
                       " (claim_type, risk_rank DESC, priority_rank DESC, created_at, id)"),
        QStringLiteral("CREATE TABLE policy_holders ("
                       " id ${ID},"
                       " policy_type TEXT NOT NULL CHECK (policy_type IN ('H', 'CD')),"
                       " id_card_number TEXT NOT NULL,"
                       " name_th TEXT NOT NULL DEFAULT '',"
                       " name_en TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " policy_number TEXT NOT NULL UNIQUE,"
                       " status TEXT NOT NULL,"
                       " start_date TEXT NOT NULL,"
                       " end_date TEXT NOT NULL,"
                       " plan TEXT NOT NULL DEFAULT '',"
                       " coverage_ipd_cents ${BIGINT} NOT NULL DEFAULT 0,"
                       " coverage_opd_cents ${BIGINT} NOT NULL DEFAULT 0,"
                       " room_per_night_cents ${BIGINT} NOT NULL DEFAULT 0,"
                       " vehicle_plate TEXT NOT NULL DEFAULT '',"
                       " vehicle_brand TEXT NOT NULL DEFAULT '',"
                       " vehicle_model TEXT NOT NULL DEFAULT '',"
                       " vehicle_year INTEGER NOT NULL DEFAULT 0,"
                       " vehicle_color TEXT NOT NULL DEFAULT '',"
                       " coverage_type TEXT NOT NULL DEFAULT '',"
                       " coverage_amount_cents ${BIGINT} NOT NULL DEFAULT 0,"
                       " deductible_cents ${BIGINT} NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE INDEX policy_holders_id_card ON policy_holders (id_card_number, policy_type)"),
        QStringLiteral("CREATE TABLE app_log ("
                       " id ${ID},"
                       " at ${BIGINT} NOT NULL,"
                       " level TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " claim_id TEXT,"
                       " message TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX app_log_at ON app_log (at)"),
        QStringLiteral("CREATE TABLE llm_usage ("
                       " id ${ID},"
                       " at ${BIGINT} NOT NULL,"
                       " operation TEXT NOT NULL,"
                       " claim_id TEXT,"
                       " model TEXT NOT NULL,"
                       " prompt_version TEXT NOT NULL DEFAULT '',"
                       " tokens_in INTEGER NOT NULL DEFAULT 0,"
                       " tokens_out INTEGER NOT NULL DEFAULT 0,"
                       " cost_micros ${BIGINT} NOT NULL DEFAULT 0,"
                       " latency_ms INTEGER NOT NULL DEFAULT 0,"
                       " outcome TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX llm_usage_at ON llm_usage (at)"),
    };
    Q_UNUSED(d);
    return s;
}

QStringList bookCountIndex(const SqlDialect&)
{
    // The manager figures and the status bar count the book by status and type:
    // one covering index makes that a single index scan.
    return { QStringLiteral("CREATE INDEX claims_status_type ON claims (status, claim_type)") };
}

QStringList policyLibrary(const SqlDialect& d)
{
    QStringList s = {
        QStringLiteral("CREATE TABLE policy_documents ("
                       " id ${ID},"
                       " name TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " imported_at ${BIGINT} NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " UNIQUE (name, version))"),
        QStringLiteral(
            "CREATE TABLE policy_clauses ("
            " id ${ID},"
            " document_id ${BIGINT} NOT NULL REFERENCES policy_documents (id) ON DELETE CASCADE,"
            " number INTEGER NOT NULL,"
            " section TEXT NOT NULL,"
            " kinds TEXT NOT NULL,"
            " body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX policy_clauses_document ON policy_clauses (document_id)"),
    };
    return s + d.createClauseSearch();
}

QStringList policyChecks(const SqlDialect&)
{
    // Every line-item check recorded on a claim, with the policy version it used.
    return {
        QStringLiteral("CREATE TABLE policy_checks ("
                       " id ${ID},"
                       " claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
                       " checked_at ${BIGINT} NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " item TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " decision TEXT NOT NULL,"
                       " clause_id TEXT,"
                       " policy_version TEXT,"
                       " score ${REAL} NOT NULL,"
                       " reason TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX policy_checks_claim ON policy_checks (claim_id, id)"),
    };
}

QStringList clauseEmbeddings(const SqlDialect&)
{
    // Vectors of policy clauses from the configured model (float32, little-endian).
    return { QStringLiteral(
        "CREATE TABLE clause_embeddings ("
        " clause_id ${BIGINT} NOT NULL REFERENCES policy_clauses (id) ON DELETE CASCADE,"
        " model TEXT NOT NULL,"
        " vector ${BLOB} NOT NULL,"
        " PRIMARY KEY (clause_id, model))") };
}

QStringList refusedDocuments(const SqlDialect&)
{
    // A document the chat did not take for the claim stays stored, apart from it.
    return { QStringLiteral(
        "ALTER TABLE documents ADD COLUMN refused INTEGER NOT NULL DEFAULT 0") };
}

// The status of a claim still being filed in the chat.
QStringList draftStatus(const SqlDialect& d)
{
    return d.widenCheck(QStringLiteral("claims"), QStringLiteral("status"),
        QStringLiteral("CHECK (status IN ('Submitted', 'Under Review', 'Pending',"
                       "   'Approved', 'Rejected', 'Paid'))"),
        QStringLiteral("CHECK (status IN ('Submitted', 'Under Review', 'Pending',"
                       "   'Approved', 'Rejected', 'Paid', 'Draft'))"));
}

QStringList billLookup(const SqlDialect&)
{
    // Finding the same bill on another claim by what was read from it.
    return { QStringLiteral(
                 "CREATE INDEX extracted_fields_value ON extracted_fields (name, value)"),
        QStringLiteral("CREATE INDEX documents_sha256 ON documents (sha256)") };
}

QStringList priorApproval(const SqlDialect&)
{
    // The insurer's prior-approval reference for the claim; items that need one are
    // allowed once it is recorded.
    return { QStringLiteral(
        "ALTER TABLE claims ADD COLUMN prior_approval TEXT NOT NULL DEFAULT ''") };
}

QStringList managerFigures(const SqlDialect&)
{
    return {
        // The manager figures read the claims created in a range, one day at a time,
        // grouped by these four columns. With this covering index and the four
        // columns constrained by IN lists, each day is a handful of index range scans
        // whose rows already arrive in group order: no sort and no table access, and
        // no dependence on ANALYZE statistics.
        QStringLiteral("CREATE INDEX claims_figures ON claims (claim_type, status,"
                       " final_decision, risk_rank, created_at, reimbursement_cents)"),
        // The accuracy and response-time figures select by the claim's creation
        // time and type. Both are fixed when the claim is created, so each document
        // and each measured reply carries a copy: the figures then read one index
        // range instead of looking up a claim per row (a million-claim book has
        // hundreds of thousands of these).
        QStringLiteral("ALTER TABLE documents ADD COLUMN claim_created_at ${BIGINT}"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN claim_type TEXT"),
        QStringLiteral("UPDATE documents SET"
                       " claim_created_at = (SELECT created_at FROM claims c"
                       "   WHERE c.id = documents.claim_id),"
                       " claim_type = (SELECT claim_type FROM claims c"
                       "   WHERE c.id = documents.claim_id)"),
        QStringLiteral(
            "CREATE INDEX documents_useful ON documents (useful, claim_created_at, claim_type)"),
        // How long each reply to the customer took (seed 004's claim metrics).
        QStringLiteral("CREATE TABLE response_times ("
                       " id ${ID},"
                       " claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
                       " claim_type TEXT NOT NULL,"
                       " claim_created_at ${BIGINT} NOT NULL,"
                       " at ${BIGINT} NOT NULL,"
                       " ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX response_times_claim ON response_times (claim_id)"),
        QStringLiteral("CREATE INDEX response_times_figures ON response_times"
                       " (claim_created_at, claim_type, ms)"),
        // Who read each field (ocr, llm, ocr+llm) and, when the model read
        // something else than OCR, its value: kept for a person to settle.
        QStringLiteral(
            "ALTER TABLE extracted_fields ADD COLUMN source TEXT NOT NULL DEFAULT 'ocr'"),
        QStringLiteral(
            "ALTER TABLE extracted_fields ADD COLUMN model_value TEXT NOT NULL DEFAULT ''"),
        // The application log is searched by time, level, category and claim.
        QStringLiteral("CREATE INDEX app_log_claim ON app_log (claim_id, at)"),
    };
}

QStringList queueSortIndexes(const SqlDialect&)
{
    // The queue sorts by any column with ties in queue order; one index per sort
    // column keeps a page of a million claims an index range scan. The assignee
    // and decision indexes also serve "assigned to me" and the decision filter.
    QStringList s;
    for (const char* column : { "amount_cents", "final_decision", "assignee", "escalated" }) {
        // the first two may be NULL, which sorts first (SqlDialect::nullsAsSmallest)
        const bool nullable = qstrcmp(column, "assignee") != 0 && qstrcmp(column, "escalated") != 0;
        s << QStringLiteral("CREATE INDEX claims_queue_%1 ON claims"
                            " (%1%2, risk_rank DESC, priority_rank DESC, created_at, id)")
                 .arg(QLatin1String(column),
                     nullable ? QStringLiteral("${NULLS_FIRST}") : QString());
    }
    return s;
}

QStringList intakeConversations(const SqlDialect&)
{
    return {
        // A chat intake: its state (the engine's, as JSON) so an interrupted intake
        // resumes after a restart, and every message shown.
        QStringLiteral("CREATE TABLE intake_conversations ("
                       " id ${ID},"
                       " claim_id TEXT REFERENCES claims (id) ON DELETE SET NULL,"
                       " started_at ${BIGINT} NOT NULL,"
                       " updated_at ${BIGINT} NOT NULL,"
                       " closed INTEGER NOT NULL DEFAULT 0,"
                       " state TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX intake_conversations_open ON intake_conversations"
                       " (closed, updated_at)"),
        QStringLiteral("CREATE TABLE intake_messages ("
                       " id ${ID},"
                       " conversation_id ${BIGINT} NOT NULL"
                       "   REFERENCES intake_conversations (id) ON DELETE CASCADE,"
                       " at ${BIGINT} NOT NULL,"
                       " sender TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " document_id ${BIGINT},"
                       " quick_replies TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX intake_messages_conversation ON intake_messages"
                       " (conversation_id, id)"),
        // Inspection appointments agreed with the customer, per claim.
        QStringLiteral("CREATE TABLE inspection_appointments ("
                       " id ${ID},"
                       " claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
                       " at ${BIGINT} NOT NULL,"
                       " booked_at ${BIGINT} NOT NULL,"
                       " actor TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX inspection_appointments_claim ON inspection_appointments"
                       " (claim_id, at)"),
    };
}

QStringList nameSearch(const SqlDialect& d)
{
    return d.createNameSearch();
}

QStringList policyAdvice(const SqlDialect&)
{
    // A model's clinical-coherence advice kept with the checks recorded on a
    // claim, for the input it judged (a hash of diagnosis, items and notes).
    return {
        QStringLiteral("CREATE TABLE policy_advice ("
                       " id ${ID},"
                       " claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
                       " recorded_at ${BIGINT} NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " input_hash TEXT NOT NULL,"
                       " advice TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX policy_advice_claim ON policy_advice (claim_id, id)"),
    };
}

// The open claims nobody holds, in queue order: taking the next one (claims
// next, Take next) reads the first of them, however many are held or closed.
QStringList freeQueue(const SqlDialect&)
{
    return { QStringLiteral(
        "CREATE INDEX claims_free_queue ON claims (risk_rank DESC, priority_rank DESC, created_at,"
        " id) WHERE assignee = '' AND status IN ('Submitted', 'Under Review', 'Pending')") };
}

// A team book's rule set in force, every version kept: the latest row rules.
QStringList bookRuleSets(const SqlDialect& d)
{
    QStringList s { QStringLiteral("CREATE TABLE rule_sets (id ${ID}, version TEXT NOT NULL,"
                                   " rules_json TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '',"
                                   " at ${BIGINT} NOT NULL)") };
    // A book already set up for a team: the new table under the team's rules at
    // once, as `team init` would put it (every desk reads it; administrators add).
    if (d.kind() == SqlDialect::Kind::Postgres)
        s << QStringLiteral(
            "DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimdesk_admin')"
            " AND to_regclass('public.team_limits') IS NOT NULL THEN"
            " GRANT SELECT ON rule_sets TO claimdesk_adjuster, claimdesk_manager,"
            " claimdesk_admin, claimdesk_auditor;"
            " GRANT INSERT ON rule_sets TO claimdesk_admin;"
            " EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO claimdesk_admin',"
            " pg_get_serial_sequence('rule_sets', 'id'));"
            " CREATE TRIGGER rule_sets_actor BEFORE INSERT ON rule_sets"
            " FOR EACH ROW EXECUTE FUNCTION claimdesk_audit_actor();"
            " END IF; END $$");
    return s;
}

// A document is stored before it is read; until its reading is saved it is
// marked unread, so an import cut short (a crash, a kill, a power cut) is found
// and finished later instead of leaving a document that says nothing for good.
QStringList unreadDocuments(const SqlDialect&)
{
    return { QStringLiteral("ALTER TABLE documents ADD COLUMN unread INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX documents_unread ON documents (claim_id) WHERE unread = 1") };
}

// Insurer portals (their recipes; the passwords are in the keychain) and, per
// claim and portal, where filing stands. In a team book already set up,
// administrators keep the portals and adjusters file.
QStringList insurerPortals(const SqlDialect& d)
{
    QStringList s {
        QStringLiteral("CREATE TABLE insurer_portals (name TEXT PRIMARY KEY,"
                       " base_url TEXT NOT NULL, login TEXT NOT NULL, recipe_json TEXT NOT NULL,"
                       " status_after TEXT NOT NULL, added_by TEXT NOT NULL DEFAULT '',"
                       " added_at ${BIGINT} NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE portal_submissions ("
            " claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
            " portal TEXT NOT NULL, state TEXT NOT NULL,"
            " reference TEXT NOT NULL DEFAULT '', portal_status TEXT NOT NULL DEFAULT '',"
            " evidence_document_id ${BIGINT} NOT NULL DEFAULT 0,"
            " step TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '',"
            " sent INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,"
            " screenshot_sha256 TEXT NOT NULL DEFAULT '', actor TEXT NOT NULL DEFAULT '',"
            " started_at ${BIGINT} NOT NULL, ended_at ${BIGINT}, checked_at ${BIGINT},"
            " PRIMARY KEY (claim_id, portal))"),
        QStringLiteral(
            "CREATE INDEX portal_submissions_portal ON portal_submissions (portal, state)"),
    };
    if (d.kind() == SqlDialect::Kind::Postgres)
        s << QStringLiteral(
            "DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimdesk_admin')"
            " AND to_regclass('public.team_limits') IS NOT NULL THEN"
            " GRANT SELECT ON insurer_portals, portal_submissions TO claimdesk_adjuster,"
            " claimdesk_manager, claimdesk_admin, claimdesk_auditor;"
            " GRANT INSERT, UPDATE, DELETE ON insurer_portals TO claimdesk_admin;"
            " GRANT INSERT, UPDATE ON portal_submissions TO claimdesk_adjuster;"
            " END IF; END $$");
    return s;
}

const Step Steps[] = {
    { 1, "claims, documents, audit trail", &claimsAndDocuments },
    { 2, "decisions, policy holders, logs, queue indexes", &decisionsPoliciesAndLogs },
    { 3, "index for counting the book by status and type", &bookCountIndex },
    { 4, "policy library with full-text search", &policyLibrary },
    { 5, "line-item checks recorded on claims", &policyChecks },
    { 6, "embeddings of policy clauses", &clauseEmbeddings },
    { 7, "prior approval reference on claims", &priorApproval },
    { 8, "manager figures, response times, who read each field", &managerFigures },
    { 9, "queue indexes for sorting by each column", &queueSortIndexes },
    { 10, "chat intake conversations and inspection appointments", &intakeConversations },
    { 11, "finding claims by any part of the claimant's name", &nameSearch },
    { 12, "a model's advice kept with the recorded checks", &policyAdvice },
    { 13, "documents refused by the chat kept apart from their claims", &refusedDocuments },
    { 14, "finding the same bill on two claims", &billLookup },
    { 15, "a draft status for claims still being filed in the chat", &draftStatus },
    { 16, "taking the next free claim from the queue", &freeQueue },
    { 17, "a team book's own decision rules", &bookRuleSets },
    { 18, "documents stored but not yet read, to finish an interrupted import", &unreadDocuments },
    { 19, "insurer portals and the claims filed on them", &insurerPortals },
};

} // namespace

int latestVersion()
{
    return std::size(Steps);
}

Result<int> currentVersion(QSqlDatabase& db, const SqlDialect& dialect)
{
    QSqlQuery q(db);
    if (auto s = Sql::exec(q, dialect.tableExists(), { QStringLiteral("schema_version") }); !s)
        return Result<int>::failure(s.errorDetail());
    if (q.next()) {
        if (auto s = Sql::exec(q, QStringLiteral("SELECT MAX(version) FROM schema_version")); !s)
            return Result<int>::failure(s.errorDetail());
        return q.next() ? q.value(0).toInt() : 0;
    }
    // No schema_version: empty is fine (a new database), anything else is not ours.
    const QStringList tables = db.tables(QSql::Tables);
    if (!tables.isEmpty())
        return Result<int>::failure(
            StorageTr::tr("it holds tables (%1) but is not a ClaimDesk database")
                .arg(tables.mid(0, 3).join(QStringLiteral(", "))));
    return 0;
}

namespace {

// After a step that edited SQLite's stored schema (writable_schema on): the
// schema cookie moves on, so this and every other connection read it again, and
// the schema is read-only again.
Status rereadSchemaIfEdited(QSqlQuery& q)
{
    if (auto s = Sql::exec(q, QStringLiteral("PRAGMA writable_schema")); !s)
        return s;
    if (!q.next() || q.value(0).toInt() == 0)
        return {};
    if (auto s = Sql::exec(q, QStringLiteral("PRAGMA schema_version")); !s)
        return s;
    const qint64 cookie = q.next() ? q.value(0).toLongLong() : 0;
    if (auto s = Sql::exec(q, QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1)); !s)
        return s;
    return Sql::exec(q, QStringLiteral("PRAGMA writable_schema = OFF"));
}

} // namespace

Status migrate(QSqlDatabase& db, const SqlDialect& dialect, int from, int to)
{
    QSqlQuery q(db);
    if (from == 0) {
        if (auto s = Sql::exec(q,
                dialect.expand(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                              " version INTEGER NOT NULL PRIMARY KEY,"
                                              " applied_at ${BIGINT} NOT NULL,"
                                              " description TEXT NOT NULL)")));
            !s)
            return s;
    }
    for (const Step& step : Steps) {
        if (step.version <= from || step.version > to)
            continue;
        if (auto s = Sql::exec(q, dialect.beginWriteTransaction()); !s)
            return s;
        Status result;
        for (const QString& statement : step.statements(dialect)) {
            result = Sql::exec(q, dialect.expand(statement));
            if (!result)
                break;
        }
        if (result && dialect.kind() == SqlDialect::Kind::Sqlite)
            result = rereadSchemaIfEdited(q);
        if (result) {
            result = Sql::exec(q,
                QStringLiteral("INSERT INTO schema_version (version, applied_at, description) "
                               "VALUES (?, ?, ?)"),
                { step.version, QDateTime::currentMSecsSinceEpoch(),
                    QString::fromLatin1(step.description) });
        }
        if (result)
            result = Sql::exec(q, QStringLiteral("COMMIT"));
        if (!result) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Status::failure(StorageTr::tr("upgrading the schema to version %1 failed: %2")
                                       .arg(step.version)
                                       .arg(result.error()));
        }
    }
    return {};
}

} // namespace ClaimDesk::Migrations
