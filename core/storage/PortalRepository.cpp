#include "storage/PortalRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"

#include <QCryptographicHash>

namespace ClaimDesk {

namespace {

const QString PortalColumns
    = QStringLiteral("SELECT name, base_url, login, recipe_json, status_after, added_by, added_at "
                     "FROM insurer_portals");

const QString SubmissionColumns = QStringLiteral(
    "SELECT claim_id, portal, state, reference, portal_status, evidence_document_id,"
    " step, error, sent, attempts, screenshot_sha256, actor, started_at, ended_at,"
    " checked_at FROM portal_submissions");

InsurerPortal readPortal(const QSqlQuery& q)
{
    InsurerPortal p;
    p.name = q.value(0).toString();
    p.baseUrl = q.value(1).toString();
    p.login = q.value(2).toString();
    p.recipeJson = q.value(3).toString().toUtf8();
    p.statusAfter = claimStatusFromCode(q.value(4).toString()).value_or(ClaimStatus::Pending);
    p.addedBy = q.value(5).toString();
    p.addedAt = Sql::toDateTime(q.value(6));
    return p;
}

PortalSubmission readSubmission(const QSqlQuery& q)
{
    PortalSubmission s;
    s.claimId = q.value(0).toString();
    s.portal = q.value(1).toString();
    // A code this version does not know is not a filing it can trust.
    s.state = submissionStateFromCode(q.value(2).toString()).value_or(SubmissionState::Filing);
    s.reference = q.value(3).toString();
    s.portalStatus = q.value(4).toString();
    s.evidenceDocumentId = q.value(5).toLongLong();
    s.step = q.value(6).toString();
    s.error = q.value(7).toString();
    s.sent = q.value(8).toBool();
    s.attempts = q.value(9).toInt();
    s.screenshotSha256 = q.value(10).toString();
    s.actor = q.value(11).toString();
    s.startedAt = Sql::toDateTime(q.value(12));
    s.endedAt = Sql::toDateTime(q.value(13));
    s.checkedAt = Sql::toDateTime(q.value(14));
    return s;
}

QVariant orNull(const QDateTime& t)
{
    return t.isValid() ? Sql::fromDateTime(t) : Sql::nullInt();
}

} // namespace

PortalRepository::PortalRepository(Database db)
    : m_db(std::move(db))
{ }

Result<QList<InsurerPortal>> PortalRepository::portals() const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q, PortalColumns + QStringLiteral(" ORDER BY name")); !s)
        return Result<QList<InsurerPortal>>::failure(s.errorDetail());
    QList<InsurerPortal> out;
    while (q.next())
        out << readPortal(q);
    if (auto s = Sql::rowsEnded(q); !s)
        return Result<QList<InsurerPortal>>::failure(s.errorDetail());
    return out;
}

Result<InsurerPortal> PortalRepository::portal(const QString& name) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q, PortalColumns + QStringLiteral(" WHERE name = ?"), { name }); !s)
        return Result<InsurerPortal>::failure(s.errorDetail());
    if (!q.next())
        return Result<InsurerPortal>::failure(Error::of(ErrorKind::NotFound,
            StorageTr::tr("There is no insurer portal named \"%1\"").arg(name)));
    return readPortal(q);
}

Status PortalRepository::savePortal(const InsurerPortal& p)
{
    QSqlQuery q = m_db.query();
    return Sql::exec(q,
        QStringLiteral(
            "INSERT INTO insurer_portals (name, base_url, login, recipe_json, status_after,"
            " added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET base_url = excluded.base_url,"
            " login = excluded.login, recipe_json = excluded.recipe_json,"
            " status_after = excluded.status_after, added_by = excluded.added_by,"
            " added_at = excluded.added_at"),
        { p.name, p.baseUrl, p.login, QString::fromUtf8(p.recipeJson),
            claimStatusCode(p.statusAfter), p.addedBy, Sql::fromDateTime(p.addedAt) });
}

Status PortalRepository::removePortal(const QString& name)
{
    QSqlQuery q = m_db.query();
    if (auto s
        = Sql::exec(q, QStringLiteral("DELETE FROM insurer_portals WHERE name = ?"), { name });
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(Error::of(ErrorKind::NotFound,
            StorageTr::tr("There is no insurer portal named \"%1\"").arg(name)));
    return {};
}

Result<std::optional<PortalSubmission>> PortalRepository::submission(
    const QString& claimId, const QString& portal) const
{
    auto rows = submissionsWhere(
        QStringLiteral(" WHERE claim_id = ? AND portal = ?"), { claimId, portal });
    if (!rows)
        return Result<std::optional<PortalSubmission>>::failure(rows.errorDetail());
    if (rows->isEmpty())
        return std::optional<PortalSubmission>();
    return std::optional<PortalSubmission>(rows->first());
}

namespace {

// Adds a submission row, or replaces the one for its claim and portal; `onlyIf`
// (SQL on the stored row) narrows which stored row may be replaced.
const QString UpsertSubmission = QStringLiteral(
    "INSERT INTO portal_submissions (claim_id, portal, state, reference, portal_status,"
    " evidence_document_id, step, error, sent, attempts, screenshot_sha256, actor,"
    " started_at, ended_at, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (claim_id, portal) DO UPDATE SET state = excluded.state,"
    " reference = excluded.reference, portal_status = excluded.portal_status,"
    " evidence_document_id = excluded.evidence_document_id, step = excluded.step,"
    " error = excluded.error, sent = excluded.sent, attempts = excluded.attempts,"
    " screenshot_sha256 = excluded.screenshot_sha256, actor = excluded.actor,"
    " started_at = excluded.started_at, ended_at = excluded.ended_at,"
    " checked_at = excluded.checked_at");

QVariantList valuesOf(const PortalSubmission& s)
{
    return { s.claimId, s.portal, submissionStateCode(s.state), s.reference, s.portalStatus,
        s.evidenceDocumentId, s.step, s.error, s.sent ? 1 : 0, s.attempts, s.screenshotSha256,
        s.actor, Sql::fromDateTime(s.startedAt), orNull(s.endedAt), orNull(s.checkedAt) };
}

} // namespace

Status PortalRepository::saveSubmission(const PortalSubmission& s)
{
    QSqlQuery q = m_db.query();
    return Sql::exec(q, UpsertSubmission, valuesOf(s));
}

Result<bool> PortalRepository::takeSubmission(const PortalSubmission& s, const QDateTime& heldSince)
{
    QSqlQuery q = m_db.query();
    if (auto st = Sql::exec(q,
            UpsertSubmission
                + QStringLiteral(" WHERE portal_submissions.state <> 'filing'"
                                 " OR portal_submissions.started_at < ?"),
            valuesOf(s) << Sql::fromDateTime(heldSince));
        !st)
        return Result<bool>::failure(st.errorDetail());
    return q.numRowsAffected() == 1;
}

Result<QList<PortalSubmission>> PortalRepository::filed(
    const QString& portal, const QString& claimId) const
{
    if (!claimId.isEmpty())
        return submissionsWhere(
            QStringLiteral(" WHERE portal = ? AND state = 'filed' AND claim_id = ?"),
            { portal, claimId });
    return submissionsWhere(
        QStringLiteral(" WHERE portal = ? AND state = 'filed' ORDER BY ended_at, claim_id"),
        { portal });
}

Result<QList<PortalSubmission>> PortalRepository::forClaim(const QString& claimId) const
{
    return submissionsWhere(QStringLiteral(" WHERE claim_id = ? ORDER BY portal"), { claimId });
}

Result<QString> PortalRepository::keepBlob(const QByteArray& bytes)
{
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)"
                           " ON CONFLICT (sha256) DO NOTHING"),
            { hash, bytes.size(), bytes });
        !s)
        return Result<QString>::failure(s.errorDetail());
    return hash;
}

Result<QList<PortalSubmission>> PortalRepository::submissionsWhere(
    const QString& where, const QVariantList& values) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q, SubmissionColumns + where, values); !s)
        return Result<QList<PortalSubmission>>::failure(s.errorDetail());
    QList<PortalSubmission> out;
    while (q.next())
        out << readSubmission(q);
    if (auto s = Sql::rowsEnded(q); !s)
        return Result<QList<PortalSubmission>>::failure(s.errorDetail());
    return out;
}

} // namespace ClaimDesk
