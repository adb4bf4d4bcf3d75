#include "claims/ClaimDocuments.h"

#include "storage/DocumentRepository.h"

namespace ClaimDesk::ClaimDocuments {

Result<QList<DocumentDetails::Read>> readsOf(
    const DocumentRepository& documents, const QString& claimId)
{
    using Reads = QList<DocumentDetails::Read>;
    auto stored = documents.forClaim(claimId);
    if (!stored)
        return Result<Reads>::failure(stored.errorDetail());
    auto fields = documents.fieldsForClaim(claimId);
    if (!fields)
        return Result<Reads>::failure(fields.errorDetail());
    Reads reads; // forClaim lists them in the order stored
    for (const Document& d : std::as_const(*stored))
        reads.append({ d.category, fields->value(d.id) });
    return reads;
}

Result<DocumentDetails> detailsOf(const DocumentRepository& documents, const QString& claimId)
{
    auto reads = readsOf(documents, claimId);
    if (!reads)
        return Result<DocumentDetails>::failure(reads.errorDetail());
    return DocumentDetails::of(*reads);
}

Status markUseful(
    const Database& db, qint64 documentId, std::optional<bool> useful, const QString& actor)
{
    return DocumentRepository(db).setUseful(documentId, useful, actor);
}

} // namespace ClaimDesk::ClaimDocuments
