#include "claims/ClaimDocuments.h"

#include "storage/DocumentRepository.h"

namespace ClaimDesk::ClaimDocuments {

Result<QList<Stored>> storedOf(const DocumentRepository& documents, const QString& claimId)
{
    auto stored = documents.forClaim(claimId);
    if (!stored)
        return Result<QList<Stored>>::failure(stored.errorDetail());
    auto fields = documents.fieldsForClaim(claimId);
    if (!fields)
        return Result<QList<Stored>>::failure(fields.errorDetail());
    QList<Stored> out; // forClaim lists them in the order stored
    out.reserve(stored->size());
    for (const Document& d : std::as_const(*stored))
        out.append({ d, fields->value(d.id) });
    return out;
}

Result<QList<DocumentDetails::Read>> readsOf(
    const DocumentRepository& documents, const QString& claimId)
{
    auto stored = storedOf(documents, claimId);
    if (!stored)
        return Result<QList<DocumentDetails::Read>>::failure(stored.errorDetail());
    QList<DocumentDetails::Read> reads;
    for (const Stored& s : std::as_const(*stored))
        reads.append({ s.document.category, s.fields });
    return reads;
}

Result<DocumentDetails> detailsOf(
    const DocumentRepository& documents, const QString& claimId, const QSet<qint64>& leaveOut)
{
    auto stored = storedOf(documents, claimId);
    if (!stored)
        return Result<DocumentDetails>::failure(stored.errorDetail());
    QList<DocumentDetails::Read> reads;
    for (const Stored& s : std::as_const(*stored)) {
        if (!leaveOut.contains(s.document.id))
            reads.append({ s.document.category, s.fields });
    }
    return DocumentDetails::of(reads);
}

Status markUseful(
    const Database& db, qint64 documentId, std::optional<bool> useful, const QString& actor)
{
    return DocumentRepository(db).setUseful(documentId, useful, actor);
}

} // namespace ClaimDesk::ClaimDocuments
