#pragma once

#include "decision/DocumentDetails.h"
#include "util/Result.h"

#include <QSet>

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
// Without the documents in `leaveOut` (those whose reading the claim has not
// followed yet: an import killed before the claim took their details).
Result<DocumentDetails> detailsOf(
    const DocumentRepository& documents, const QString& claimId, const QSet<qint64>& leaveOut = {});
// Marks a document useful, not useful, or neither (the manager's accuracy figure);
// audited, in one transaction.
Status markUseful(
    const Database& db, qint64 documentId, std::optional<bool> useful, const QString& actor);

} // namespace ClaimDocuments

} // namespace ClaimDesk
