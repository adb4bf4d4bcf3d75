#include "DocumentRepository.h"

#include "domain/ClaimTypes.h"
#include "storage/AuditRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace ClaimDesk {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, claim_id, category, original_name, sha256, mime_type, size, useful, uploaded_at"
    " FROM documents");

Document readDocument(const QSqlQuery& q)
{
    Document d;
    d.id = q.value(0).toLongLong();
    d.claimId = q.value(1).toString();
    d.category = q.value(2).toString();
    d.originalName = q.value(3).toString();
    d.sha256 = q.value(4).toString();
    d.mimeType = q.value(5).toString();
    d.size = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        d.useful = q.value(7).toBool();
    d.uploadedAt = Sql::toDateTime(q.value(8));
    return d;
}

// Positions q on the document's row as (claim_id, column): the claim an audited
// change belongs to and the value it replaces. Fails naming a missing document.
Status selectDocument(QSqlQuery& q, qint64 documentId, const QString& column)
{
    if (auto st = Sql::exec(q,
            QStringLiteral("SELECT claim_id, %1 FROM documents WHERE id = ?").arg(column),
            { documentId });
        !st)
        return st;
    if (!q.next())
        return Status::failure(StorageTr::tr("There is no document %1").arg(documentId));
    return {};
}

} // namespace

DocumentRepository::DocumentRepository(Database db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

QString DocumentRepository::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<DocumentRepository::Added> DocumentRepository::add(const QString& claimId,
    const QByteArray& bytes, const QString& originalName, const QString& mimeType,
    const QString& actor, bool toBeRead)
{
    const QString hash = sha256Hex(bytes);
    const QDateTime now = m_clock();
    Added added { AddOutcome::Added, {}, false };
    const Status s = m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (auto st = Sql::exec(q,
                QStringLiteral("SELECT id, refused, unread FROM documents"
                               " WHERE claim_id = ? AND sha256 = ?"),
                { claimId, hash });
            !st)
            return st;
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const bool refused = q.value(1).toBool();
            // stored before, but its reading never saved (an import cut short)
            const bool unread = q.value(2).toBool();
            if (refused) {
                // Sent again after it was refused: back on the claim, to be read again.
                if (auto st = Sql::exec(
                        q, QStringLiteral("UPDATE documents SET refused = 0 WHERE id = ?"), { id });
                    !st)
                    return st;
            }
            if (auto st = Sql::exec(q, SelectColumns + QStringLiteral(" WHERE id = ?"), { id });
                !st || !q.next())
                return st ? Status::failure(StorageTr::tr("There is no document %1").arg(id)) : st;
            added = { refused ? AddOutcome::Added : AddOutcome::Duplicate, readDocument(q),
                unread && !refused };
            return Status();
        }
        if (auto st = Sql::exec(q,
                QStringLiteral("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)"
                               " ON CONFLICT (sha256) DO NOTHING"),
                { hash, bytes.size(), bytes });
            !st)
            return st;
        if (auto st = Sql::exec(q,
                // The claim's type and creation time are copied for the manager figures;
                // selecting them also tells whether the claim exists.
                QStringLiteral(
                    "INSERT INTO documents (claim_id, sha256, original_name, mime_type, size,"
                    " uploaded_at, claim_created_at, claim_type, unread)"
                    " SELECT id, ?, ?, ?, ?, ?, created_at, claim_type, ? FROM claims"
                    " WHERE id = ?"),
                { hash, originalName, mimeType, bytes.size(), now.toMSecsSinceEpoch(),
                    toBeRead ? 1 : 0, claimId });
            !st)
            return st;
        // No row copied from claims: the claim does not exist (the blob insert is
        // rolled back with the transaction).
        if (q.numRowsAffected() != 1)
            return Status::failure(StorageTr::tr("There is no claim %1").arg(claimId));
        added.document = { q.lastInsertId().toLongLong(), claimId, QStringLiteral("unknown"),
            originalName, hash, mimeType, bytes.size(), std::nullopt, now };
        return AuditRepository(m_db).append({ 0, now, actor, claimId, AuditAction::Document, {},
            originalName + QStringLiteral(" (") + hash.left(12) + u')', {} });
    });
    if (!s)
        return Result<Added>::failure(
            StorageTr::tr("Could not store %1: %2").arg(originalName, s.error()));
    return added;
}

Status DocumentRepository::markReadFailed(qint64 documentId)
{
    QSqlQuery q = m_db.query();
    return Sql::exec(
        q, QStringLiteral("UPDATE documents SET unread = 0 WHERE id = ?"), { documentId });
}

Status DocumentRepository::markFollowed(const QString& claimId, const QList<qint64>& documentIds)
{
    return m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        for (const qint64 id : documentIds) {
            if (auto s = Sql::exec(q,
                    QStringLiteral("UPDATE documents SET unread = 0 WHERE id = ? AND claim_id = ?"),
                    { id, claimId });
                !s)
                return s;
        }
        return Status();
    });
}

Result<QList<Document>> DocumentRepository::documentsWhere(
    const QString& where, const QVariantList& values) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q, SelectColumns + where, values); !s)
        return Result<QList<Document>>::failure(s.errorDetail());
    QList<Document> out;
    while (q.next())
        out << readDocument(q);
    if (auto s = Sql::rowsEnded(q); !s)
        return Result<QList<Document>>::failure(s.errorDetail());
    return out;
}

Result<QList<Document>> DocumentRepository::unread(const QString& claimId) const
{
    return documentsWhere(
        QStringLiteral(" WHERE claim_id = ? AND unread = 1 AND refused = 0 ORDER BY id"),
        { claimId });
}

Result<QStringList> DocumentRepository::claimIdsWhere(
    const QString& sql, const QVariantList& values) const
{
    QSqlQuery q = m_db.query();
    if (auto st = Sql::exec(q, sql, values); !st)
        return Result<QStringList>::failure(st.errorDetail());
    QStringList claims;
    while (q.next())
        claims << q.value(0).toString();
    if (auto ended = Sql::rowsEnded(q); !ended)
        return Result<QStringList>::failure(ended.errorDetail());
    return claims;
}

Result<QStringList> DocumentRepository::claimsWithUnread(
    const QDateTime& storedBefore, int limit) const
{
    return claimIdsWhere(
        QStringLiteral("SELECT d.claim_id FROM documents d JOIN claims c ON c.id = d.claim_id"
                       " WHERE d.unread = 1 AND d.refused = 0 AND c.assignee IN ('', ?)"
                       " GROUP BY d.claim_id HAVING MAX(d.uploaded_at) < ?"
                       " ORDER BY MIN(d.id) LIMIT ?"),
        { m_db.login(), storedBefore.toMSecsSinceEpoch(), limit });
}

Result<QStringList> DocumentRepository::claimsHolding(const QString& sha256) const
{
    return claimIdsWhere(
        QStringLiteral("SELECT claim_id FROM documents WHERE sha256 = ? AND refused = 0"
                       " GROUP BY claim_id ORDER BY MIN(id)"),
        { sha256 });
}

Result<QList<Document>> DocumentRepository::forClaim(const QString& claimId) const
{
    return documentsWhere(
        QStringLiteral(" WHERE claim_id = ? AND refused = 0 ORDER BY id"), { claimId });
}

Status DocumentRepository::markRefused(qint64 documentId, const QString& actor)
{
    return m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (auto st = Sql::exec(
                q, SelectColumns + QStringLiteral(" WHERE id = ? AND refused = 0"), { documentId });
            !st)
            return st;
        if (!q.next())
            return Status::failure(Error::of(ErrorKind::NotFound,
                StorageTr::tr("There is no document %1 on a claim").arg(documentId)));
        const Document d = readDocument(q);
        QSqlQuery update = m_db.query();
        if (auto st = Sql::exec(update,
                QStringLiteral("UPDATE documents SET refused = 1 WHERE id = ?"), { documentId });
            !st)
            return st;
        return AuditRepository(m_db).append({ 0, m_clock(), actor, d.claimId,
            AuditAction::DocumentRefused, d.category, d.originalName, {} });
    });
}

Result<QByteArray> DocumentRepository::bytes(const QString& sha256) const
{
    QSqlQuery q = m_db.query();
    if (auto s
        = Sql::exec(q, QStringLiteral("SELECT data FROM blobs WHERE sha256 = ?"), { sha256 });
        !s)
        return Result<QByteArray>::failure(s.errorDetail());
    if (!q.next())
        return Result<QByteArray>::failure(
            StorageTr::tr("The document %1 is missing from the database").arg(sha256));
    return q.value(0).toByteArray();
}

namespace {

const QString SelectFields
    = QStringLiteral("SELECT id, document_id, name, value, printed_text, confidence, page, box_x,"
                     " box_y, box_w, box_h, source, model_value FROM extracted_fields");

ExtractedField readField(const QSqlQuery& q)
{
    ExtractedField f;
    f.id = q.value(0).toLongLong();
    f.documentId = q.value(1).toLongLong();
    f.name = q.value(2).toString();
    f.value = q.value(3).toString();
    f.printedText = q.value(4).toString();
    f.confidence = q.value(5).toDouble();
    f.page = q.value(6).toInt();
    f.box = QRectF(q.value(7).toDouble(), q.value(8).toDouble(), q.value(9).toDouble(),
        q.value(10).toDouble());
    f.source = q.value(11).toString();
    f.modelValue = q.value(12).toString();
    return f;
}

} // namespace

Result<QList<ExtractedField>> DocumentRepository::fields(qint64 documentId) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(
            q, SelectFields + QStringLiteral(" WHERE document_id = ? ORDER BY id"), { documentId });
        !s)
        return Result<QList<ExtractedField>>::failure(s.errorDetail());
    QList<ExtractedField> out;
    while (q.next())
        out << readField(q);
    return out;
}

Result<QHash<qint64, QList<ExtractedField>>> DocumentRepository::fieldsForClaim(
    const QString& claimId) const
{
    using Fields = QHash<qint64, QList<ExtractedField>>;
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            SelectFields
                + QStringLiteral(" WHERE document_id IN"
                                 " (SELECT id FROM documents WHERE claim_id = ? AND refused = 0)"
                                 " ORDER BY document_id, id"),
            { claimId });
        !s)
        return Result<Fields>::failure(s.errorDetail());
    Fields out;
    while (q.next()) {
        ExtractedField f = readField(q);
        out[f.documentId] << f;
    }
    return out;
}

Result<QString> DocumentRepository::otherClaimWithBill(
    const Document& document, const BillReading& reading) const
{
    // A draft is a claim still being filed (a customer who started again sends
    // the same receipt): not another claim for the bill.
    const QVariant draft = claimStatusCode(ClaimStatus::Draft);
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT d.claim_id FROM documents d JOIN claims c ON c.id = d.claim_id"
                           " WHERE d.sha256 = ? AND d.claim_id <> ? AND d.refused = 0"
                           " AND c.status <> ? LIMIT 1"),
            { document.sha256, document.claimId, draft });
        !s)
        return Result<QString>::failure(s.errorDetail());
    if (q.next())
        return q.value(0).toString();
    if (!reading.isComplete())
        return QString();
    // Both numbered: the numbers must agree (a clinic's standard fee is paid by
    // many on one day).
    if (auto s = Sql::exec(q,
            QStringLiteral(
                "SELECT d.claim_id FROM extracted_fields fd"
                " JOIN documents d ON d.id = fd.document_id"
                " JOIN claims c ON c.id = d.claim_id"
                " JOIN extracted_fields ft ON ft.document_id = d.id AND ft.name = 'total'"
                " AND ft.value = ?"
                " JOIN extracted_fields fm ON fm.document_id = d.id AND fm.name = 'merchant'"
                " AND fm.value = ?"
                " LEFT JOIN extracted_fields fn ON fn.document_id = d.id"
                " AND fn.name = 'billing_number' AND fn.value <> ''"
                " WHERE fd.name = 'date' AND fd.value = ? AND d.claim_id <> ? AND d.refused = 0"
                " AND d.category = ? AND c.status <> ?"
                " AND (? = '' OR fn.value IS NULL OR fn.value = ?) LIMIT 1"),
            { reading.total, reading.merchant, reading.date, document.claimId, document.category,
                draft, reading.number, reading.number });
        !s)
        return Result<QString>::failure(s.errorDetail());
    return q.next() ? q.value(0).toString() : QString();
}

Result<ExtractedField> DocumentRepository::field(qint64 fieldId) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q, SelectFields + QStringLiteral(" WHERE id = ?"), { fieldId }); !s)
        return Result<ExtractedField>::failure(s.errorDetail());
    if (!q.next())
        return Result<ExtractedField>::failure(
            StorageTr::tr("There is no extracted field %1").arg(fieldId));
    return readField(q);
}

Status DocumentRepository::saveReading(qint64 documentId, const QString& category,
    const QList<ExtractedField>& fields, const QString& actor)
{
    return m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (auto st = selectDocument(q, documentId, QStringLiteral("category")); !st)
            return st;
        const QString claimId = q.value(0).toString();
        const QString oldCategory = q.value(1).toString();
        if (auto st
            = Sql::exec(q, QStringLiteral("DELETE FROM extracted_fields WHERE document_id = ?"),
                { documentId });
            !st)
            return st;
        if (auto st = Sql::exec(q, QStringLiteral("UPDATE documents SET category = ? WHERE id = ?"),
                { category, documentId });
            !st)
            return st;
        for (const ExtractedField& f : fields) {
            if (auto st = Sql::exec(q,
                    QStringLiteral(
                        "INSERT INTO extracted_fields (document_id, name, value, printed_text,"
                        " confidence, page, box_x, box_y, box_w, box_h, source, model_value)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    { documentId, f.name, f.value, f.printedText, f.confidence, f.page, f.box.x(),
                        f.box.y(), f.box.width(), f.box.height(), f.source, f.modelValue });
                !st)
                return st;
        }
        return AuditRepository(m_db).append({ 0, m_clock(), actor, claimId,
            AuditAction::DocumentRead, oldCategory,
            QStringLiteral("%1: %2 (%3 fields)").arg(documentId).arg(category).arg(fields.size()),
            {} });
    });
}

Result<Document> DocumentRepository::correctField(
    const ExtractedField& before, const QString& value, const QString& actor)
{
    std::optional<Document> out;
    const Status s = m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (auto st
            = Sql::exec(q, SelectColumns + QStringLiteral(" WHERE id = ?"), { before.documentId });
            !st)
            return st;
        if (!q.next())
            return Status::failure(StorageTr::tr("There is no document %1").arg(before.documentId));
        const Document document = readDocument(q);
        if (auto st = Sql::exec(q,
                // A value a reviewer typed is sure: it no longer shows the reading's doubt.
                QStringLiteral("UPDATE extracted_fields SET value = ?, source = 'reviewer',"
                               " confidence = 1 WHERE id = ? AND value = ?"),
                { value, before.id, before.value });
            !st)
            return st;
        if (q.numRowsAffected() != 1)
            return Status::failure(StorageTr::tr(
                "The field %1 changed or went while it was being corrected; nothing was "
                "overwritten")
                                       .arg(before.name));
        const QString where = QStringLiteral("%1 #%2, %3")
                                  .arg(document.originalName)
                                  .arg(document.id)
                                  .arg(before.name);
        if (auto st = AuditRepository(m_db).append({ 0, m_clock(), actor, document.claimId,
                AuditAction::Correction, QStringLiteral("%1: %2").arg(where, before.value),
                QStringLiteral("%1: %2").arg(where, value), {} });
            !st)
            return st;
        out = document;
        return {};
    });
    if (!s)
        return Result<Document>::failure(s.errorDetail());
    return *out;
}

Status DocumentRepository::setUseful(
    qint64 documentId, std::optional<bool> useful, const QString& actor)
{
    return m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (auto st = selectDocument(q, documentId, QStringLiteral("useful")); !st)
            return st;
        const QString claimId = q.value(0).toString();
        const QString old = q.value(1).isNull() ? QString()
            : q.value(1).toBool()               ? QStringLiteral("useful")
                                                : QStringLiteral("not useful");
        if (auto st = Sql::exec(q, QStringLiteral("UPDATE documents SET useful = ? WHERE id = ?"),
                { useful ? QVariant(*useful ? 1 : 0) : Sql::nullInt(), documentId });
            !st)
            return st;
        return AuditRepository(m_db).append(
            { 0, m_clock(), actor, claimId, AuditAction::DocumentUseful, old,
                !useful       ? QString()
                    : *useful ? QStringLiteral("useful")
                              : QStringLiteral("not useful"),
                {} });
    });
}

} // namespace ClaimDesk
