#pragma once

#include "decision/DocumentDetails.h"
#include "util/Result.h"

namespace ClaimDesk {

class Database;
class DocumentRepository;

// A claim's stored documents as the decision rules read them. Runs on the thread
// of the repository's connection; fails with the repository's error.
namespace ClaimDocuments {

// A document stored on a claim with the fields read from it.
struct Stored
{
    Document document;
    QList<ExtractedField> fields;
};
// The claim's documents with their fields, in the order stored: two statements
// however many documents there are.
Result<QList<Stored>> storedOf(const DocumentRepository& documents, const QString& claimId);
// The same, as the decision rules read them.
Result<QList<DocumentDetails::Read>> readsOf(
    const DocumentRepository& documents, const QString& claimId);
// The claim details those documents give.
// With `followedUntil`, only the documents stored by then: those whose details the
// claim has followed (it was updated after them); a document an import stored and
// read but was killed before the claim followed it does not count.
Result<DocumentDetails> detailsOf(const DocumentRepository& documents, const QString& claimId,
    const QDateTime& followedUntil = {});
// Marks a document useful, not useful, or neither (the manager's accuracy figure);
// audited, in one transaction.
Status markUseful(
    const Database& db, qint64 documentId, std::optional<bool> useful, const QString& actor);

} // namespace ClaimDocuments

} // namespace ClaimDesk
