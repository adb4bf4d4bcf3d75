#pragma once

#include "domain/Document.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace ClaimDesk {

// Documents attached to claims. Bytes are stored once per SHA-256 in the blobs
// table, inside the database (see README, "Document storage"); the same file
// attached twice to one claim is refused as a duplicate.
// What identifies a bill by its reading; empty when it is not matched that way.
struct BillReading
{
    QString merchant;
    QString date;
    QString total;
    QString number; // the receipt's own number, when one was read

    bool isComplete() const { return !merchant.isEmpty() && !date.isEmpty() && !total.isEmpty(); }
};

class DocumentRepository final
{
public:
    explicit DocumentRepository(Database db, Clock clock = systemClock());

    enum class AddOutcome
    {
        Added,
        Duplicate
    };
    struct Added
    {
        AddOutcome outcome;
        Document document; // the existing one for a duplicate
        // A duplicate stored by an earlier import that never saved its reading.
        bool unread = false;
    };

    // Stores the bytes (if new) and attaches them to the claim, audited. With
    // `toBeRead` the document is marked unread until the claim has followed its
    // reading (markFollowed) or its reading failed for good (markReadFailed): an
    // import cut short anywhere before is then found again (unread()).
    Result<Added> add(const QString& claimId, const QByteArray& bytes, const QString& originalName,
        const QString& mimeType, const QString& actor, bool toBeRead = true);
    // The document was read, and could not be: not to be read again by itself.
    Status markReadFailed(qint64 documentId);
    // The claim's details have followed these documents' readings.
    Status markFollowed(const QString& claimId, const QList<qint64>& documentIds);

    // The claim's documents in the order they were stored.
    // The claim's documents, without those refused (markRefused).
    Result<QList<Document>> forClaim(const QString& claimId) const;
    // The claim's documents whose reading the claim has not followed yet (an
    // import cut short), in the order stored.
    Result<QList<Document>> unread(const QString& claimId) const;
    // The claims holding such documents, the newest of them stored before
    // `storedBefore` (a claim with a newer one may be an import still running),
    // nobody's or this login's, the one waiting longest first, at most `limit`.
    Result<QStringList> claimsWithUnread(const QDateTime& storedBefore, int limit) const;
    // The claims holding a document with these bytes (refused ones left out),
    // the first to take it first.
    Result<QStringList> claimsHolding(const QString& sha256) const;
    // Sets a stored document apart from its claim (the chat could not use it): kept,
    // but no longer one of the claim's documents, nor its fields the claim's. Audited.
    Status markRefused(qint64 documentId, const QString& actor);
    Result<QByteArray> bytes(const QString& sha256) const;
    Result<QList<ExtractedField>> fields(qint64 documentId) const;
    Result<ExtractedField> field(qint64 fieldId) const;
    // Every field read from the claim's documents, in one query, by document.
    Result<QHash<qint64, QList<ExtractedField>>> fieldsForClaim(const QString& claimId) const;
    // Stores what was read from a document: its category and its fields, replacing
    // an earlier reading in one transaction; audited with the category.
    Status saveReading(qint64 documentId, const QString& category,
        const QList<ExtractedField>& fields, const QString& actor);
    // A reviewer's correction of a field as it was read (`before`): the value is
    // replaced (what was printed stays) and the source becomes "reviewer"; audited
    // with the old and new value. Fails if the field no longer holds before's
    // value. Returns the document the field belongs to.
    Result<Document> correctField(
        const ExtractedField& before, const QString& value, const QString& actor);
    Status setUseful(qint64 documentId, std::optional<bool> useful, const QString& actor);
    // Another claim, not a draft, holding the same bill as `document`: the same
    // file, or a bill of its category read with the same merchant, date and total
    // (and number, when both were read with one). Empty when there is none.
    Result<QString> otherClaimWithBill(const Document& document, const BillReading& reading) const;

    static QString sha256Hex(const QByteArray& bytes);

private:
    // Documents selected by `where` (a WHERE and ORDER BY clause), in its order.
    Result<QList<Document>> documentsWhere(const QString& where, const QVariantList& values) const;
    // The claim IDs in the first column of `sql`'s rows.
    Result<QStringList> claimIdsWhere(const QString& sql, const QVariantList& values) const;
    Database m_db;
    Clock m_clock;
};

} // namespace ClaimDesk
