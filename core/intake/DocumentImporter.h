#pragma once

#include "claims/ClaimBook.h"
#include "domain/Document.h"
#include "extract/DocumentReader.h"
#include "util/InputLimits.h"
#include "util/Result.h"

#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ClaimDesk {

struct DocumentDetails;
class DocumentRepository;

// Where dropped or imported files go: an existing claim, or a new one of a type,
// or (typeFromDocuments, with reading on) a new one whose type the first document
// tells: a car photo or a vehicle's papers make it a car damage claim, a bill or a
// medical paper a health claim; when the document cannot tell, a health claim
// whose memo says so, for Review.
struct ImportTarget
{
    QString claimId;
    std::optional<ClaimType> newClaimType;
    bool typeFromDocuments = false;
    QString newClaimMemo; // where a new claim came from ("From the inbox folder ...")

    static ImportTarget claim(const QString& claimId)
    {
        ImportTarget t;
        t.claimId = claimId;
        return t;
    }
    static ImportTarget newClaim(ClaimType type)
    {
        ImportTarget t;
        t.newClaimType = type;
        return t;
    }
};

// What happened to each file of an import.
struct ImportReport
{
    struct Item
    {
        QString file;
        bool stored = false;
        bool duplicate = false;
        Document document;
        QString error;
        // what was read from it, when reading was asked for
        QList<ExtractedField> fields;
        bool read = false; // the document was read (and classified, maybe as unknown)
        QString readError;
        QStringList notices; // what was read only in part (DocumentReading::notices)
        // stored by an earlier import that was cut short, and read by this one
        bool resumed = false;
        // The error is the file's own (missing, too large, not a document): the
        // same file will fail the same way. Otherwise (it could not be opened
        // now, the book refused a write) it may go through later.
        bool refused = false;
        // The book could not keep the document or its reading: left to be tried again.
        bool storageFailed = false;

        bool readFailed() const { return !read && !readError.isEmpty(); }
        // On the claim for good: read, found there already, or stored with a
        // reading that failed for good. (Not: refused, or left for another try.)
        bool wentIn() const
        {
            return error.isEmpty() && (read || duplicate || (readFailed() && !storageFailed));
        }
    };
    QString claimId;
    QList<Item> items;
    bool canceled = false;
    // The claim's details followed what was read (and it was decided again); or a
    // message saying why they could not (the documents stay stored).
    bool claimUpdated = false;
    QString claimError;

    int storedCount() const;
    int duplicateCount() const;
    int failedCount() const; // files refused, and documents that could not be read
};

// Stores files as documents on a claim: checks each file (exists, readable, a
// supported image or PDF, not too large), stores it content-addressed and reports
// duplicates. A bad file is reported and the others go on. With reading switched
// on, each stored document is also read (OCR, classification, fields) and the
// reading saved; a document that cannot be read stays stored, with the reason.
// Then the claim's details that come from its documents (DocumentDetails: the
// receipts' total as the amount, ...) follow what was read, and the claim is
// decided again; a detail someone typed is never replaced.
//
// An import cut short (a crash, a kill) leaves documents stored but unread; the
// next import into the claim reads them (and a file sent again that is stored but
// unread is read, not reported as a duplicate), so the end state is that of one
// uninterrupted import. A document classified as a category the claim's type does
// not take (a car photo on a health claim) is kept as unknown, without fields.
class DocumentImporter final
{
public:
    static constexpr qint64 MaxFileBytes = InputLimits::DocumentBytes;

    explicit DocumentImporter(ClaimBook& book);
    ~DocumentImporter();
    void setReading(const ReadOptions& options);

    Result<ImportReport> importFiles(const QStringList& files, const ImportTarget& target,
        const QString& actor, const std::atomic_bool* cancel = nullptr,
        const std::function<void(int done, int total, const QString& file)>& progress = {});

    // Finishes the imports cut short anywhere in the book (at start-up): each
    // claim whose unread documents were all stored before `storedBefore` (an
    // import stores and reads one document after another, so a running one has
    // a newer document) and that is nobody's or this login's is imported again
    // without files, which reads them and lets the claim follow. Reading must be
    // switched on. One report per claim; a claim that fails is in its report's
    // claimError and the others go on.
    Result<QList<ImportReport>> finishInterrupted(const QDateTime& storedBefore,
        const QString& actor, const std::atomic_bool* cancel = nullptr,
        const std::function<void(int done, int total, const QString& claimId)>& progress = {});

    // The MIME types accepted: JPEG, PNG, WebP, TIFF, PDF.
    static bool isSupportedMimeType(const QString& mimeType);

private:
    // The details the claim took from its documents follow what was just read
    // (DocumentDetails), and the claim is decided again; a failure goes in the
    // report and the documents stay stored.
    void followDocuments(ImportReport& report, const DocumentDetails& before, const QString& actor);
    // Reads the stored document of `item` (unless `alreadyRead`) and saves the
    // reading, or sets its readError.
    void readInto(ImportReport::Item& item, const QByteArray& bytes, const QString& claimId,
        DocumentRepository& documents, const QString& actor, const std::atomic_bool* cancel,
        const std::optional<DocumentReading>& alreadyRead = std::nullopt);
    DocumentReading read(
        const QByteArray& bytes, const QString& name, const std::atomic_bool* cancel);
    // Files the new claim with the first good file's document, in one transaction
    // (a kill between them would leave an empty claim behind).
    struct Opened
    {
        QString claimId; // empty: canceled while its type was read
        Document document; // the first file's, stored on it
        std::optional<DocumentReading> reading; // when the type was read from it
    };
    Result<Opened> openClaimWith(const ImportTarget& target, ImportReport::Item& item,
        const QByteArray& bytes, const QString& mime, DocumentRepository& documents,
        const QString& actor, const std::atomic_bool* cancel);
    // Reads the claim's documents an earlier import stored but did not read.
    void finishUnread(ImportReport& report, DocumentRepository& documents, const QString& actor,
        const std::atomic_bool* cancel);

    ClaimBook& m_book;
    std::optional<DocumentReader> m_reader;
    std::unique_ptr<TesseractEngine> m_engine;
};

} // namespace ClaimDesk
