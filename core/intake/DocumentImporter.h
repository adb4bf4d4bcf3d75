#pragma once

#include "claims/ClaimBook.h"
#include "domain/Document.h"
#include "extract/DocumentReader.h"
#include "util/Result.h"

#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ClaimDesk {

struct DocumentDetails;

// Where dropped or imported files go: an existing claim, or a new one of a type.
struct ImportTarget
{
    QString claimId;
    std::optional<ClaimType> newClaimType;
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
    int failedCount() const;
};

// Stores files as documents on a claim: checks each file (exists, readable, a
// supported image or PDF, not too large), stores it content-addressed and reports
// duplicates. A bad file is reported and the others go on. With reading switched
// on, each stored document is also read (OCR, classification, fields) and the
// reading saved; a document that cannot be read stays stored, with the reason.
// Then the claim's details that come from its documents (DocumentDetails: the
// receipts' total as the amount, ...) follow what was read, and the claim is
// decided again; a detail someone typed is never replaced.
class DocumentImporter final
{
public:
    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;

    explicit DocumentImporter(ClaimBook& book);
    ~DocumentImporter();
    void setReading(const ReadOptions& options);

    Result<ImportReport> importFiles(const QStringList& files, const ImportTarget& target,
        const QString& actor, const std::atomic_bool* cancel = nullptr,
        const std::function<void(int done, int total, const QString& file)>& progress = {});

    // The MIME types accepted: JPEG, PNG, WebP, TIFF, PDF.
    static bool isSupportedMimeType(const QString& mimeType);

private:
    // The details the claim took from its documents follow what was just read
    // (DocumentDetails), and the claim is decided again; a failure goes in the
    // report and the documents stay stored.
    void followDocuments(ImportReport& report, const DocumentDetails& before, const QString& actor);

    ClaimBook& m_book;
    std::optional<DocumentReader> m_reader;
    std::unique_ptr<TesseractEngine> m_engine;
};

} // namespace ClaimDesk
