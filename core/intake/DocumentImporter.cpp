#include "DocumentImporter.h"

#include "admin/AppLogSink.h"
#include "claims/ClaimDocuments.h"
#include "domain/DocumentCategory.h"
#include "intake/IntakeTr.h"
#include "logging/LogCategories.h"
#include "ocr/TesseractEngine.h"
#include "storage/DocumentRepository.h"
#include "util/BoundedRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace ClaimDesk {

namespace {

// One line per file for the application log: what happened, never its content.
// File names can name the customer, so they count as personal data.
void logItem(const QString& claimId, const ImportReport::Item& item)
{
    const QString file = AppLogSink::personalData(QFileInfo(item.file).fileName());
    if (!item.error.isEmpty()) {
        qCWarning(lcUpload).noquote()
            << QStringLiteral("file %1 refused for claim %2: %3").arg(file, claimId, item.error);
        return;
    }
    if (item.duplicate) {
        qCInfo(lcUpload).noquote() << QStringLiteral("file %1 already on claim %2 (document %3)")
                                          .arg(file, claimId)
                                          .arg(item.document.id);
        return;
    }
    qCInfo(lcUpload).noquote() << QStringLiteral("document %1 stored on claim %2 (%3, %4 bytes)")
                                      .arg(item.document.id)
                                      .arg(claimId, item.document.mimeType)
                                      .arg(item.document.size);
    if (!item.readError.isEmpty())
        qCWarning(lcExtraction).noquote() << QStringLiteral("document %1 on claim %2 not read: %3")
                                                 .arg(item.document.id)
                                                 .arg(claimId, item.readError);
    else if (!item.document.category.isEmpty())
        qCInfo(lcCategorization).noquote()
            << QStringLiteral("document %1 on claim %2 classified as %3, %4 field(s) extracted")
                   .arg(item.document.id)
                   .arg(claimId, item.document.category)
                   .arg(item.fields.size());
}

// The claim type a document's category belongs to, when only one takes it.
std::optional<ClaimType> claimTypeOf(const QString& category)
{
    const bool health = DocumentCategory::acceptedFor(ClaimType::Health).contains(category);
    const bool car = DocumentCategory::acceptedFor(ClaimType::CarDamage).contains(category);
    if (health == car)
        return std::nullopt;
    return health ? ClaimType::Health : ClaimType::CarDamage;
}

} // namespace

int ImportReport::storedCount() const
{
    return static_cast<int>(
        std::count_if(items.begin(), items.end(), [](const Item& i) { return i.stored; }));
}

int ImportReport::duplicateCount() const
{
    return static_cast<int>(
        std::count_if(items.begin(), items.end(), [](const Item& i) { return i.duplicate; }));
}

int ImportReport::failedCount() const
{
    return static_cast<int>(std::count_if(items.begin(), items.end(),
        [](const Item& i) { return !i.error.isEmpty() || i.readFailed(); }));
}

DocumentImporter::DocumentImporter(ClaimBook& book)
    : m_book(book)
{ }

bool DocumentImporter::isSupportedMimeType(const QString& mimeType)
{
    static const QStringList Supported
        = { QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/webp"),
              QStringLiteral("image/tiff"), QStringLiteral("application/pdf") };
    return Supported.contains(mimeType);
}

DocumentImporter::~DocumentImporter() = default;

void DocumentImporter::setReading(const ReadOptions& options)
{
    m_reader.emplace(options);
}

Result<ImportReport> DocumentImporter::importFiles(const QStringList& files,
    const ImportTarget& target, const QString& actor, const std::atomic_bool* cancel,
    const std::function<void(int, int, const QString&)>& progress)
{
    ImportReport report;
    if (!target.claimId.isEmpty()) {
        auto claim = m_book.claims().find(target.claimId);
        if (!claim)
            return Result<ImportReport>::failure(claim.errorDetail());
        report.claimId = claim->id;
    } else if (!target.newClaimType && !(target.typeFromDocuments && m_reader)) {
        return Result<ImportReport>::failure(
            IntakeTr::tr("Choose a claim, or the type of a new claim, for the documents"));
    }

    DocumentRepository documents(m_book.database());
    // What the claim's documents said before this import (nothing, for a new
    // claim); only a reading can change it.
    DocumentDetails before;
    if (m_reader && !report.claimId.isEmpty()) {
        auto pending = documents.unread(report.claimId);
        if (!pending)
            return Result<ImportReport>::failure(pending.errorDetail());
        QSet<qint64> notFollowed;
        for (const Document& d : std::as_const(*pending))
            notFollowed.insert(d.id);
        auto details = ClaimDocuments::detailsOf(documents, report.claimId, notFollowed);
        if (!details)
            return Result<ImportReport>::failure(details.errorDetail());
        before = *details;
    }
    const QMimeDatabase mimeDb;
    int done = 0;
    for (const QString& file : files) {
        if (cancel && cancel->load()) {
            report.canceled = true;
            break;
        }
        if (progress)
            progress(done, static_cast<int>(files.size()), file);
        ImportReport::Item item;
        item.file = file;
        const QFileInfo info(file);
        const QString mime = mimeDb.mimeTypeForFile(info, QMimeDatabase::MatchContent).name();
        QFile f(file);
        if (!info.exists() || !info.isFile()) {
            item.error = IntakeTr::tr("%1 does not exist or is not a file").arg(file);
            item.refused = true;
        } else if (info.size() > MaxFileBytes) {
            item.refused = true;
            item.error = IntakeTr::tr("%1 is larger than %2 MB")
                             .arg(file)
                             .arg(MaxFileBytes / (1024 * 1024));
        } else if (!isSupportedMimeType(mime)) {
            item.refused = true;
            item.error = IntakeTr::tr(
                "%1 is not a supported document (%2); use JPEG, PNG, WebP, TIFF or PDF")
                             .arg(info.fileName(), mime);
        } else if (!f.open(QIODevice::ReadOnly)) {
            item.error = IntakeTr::tr("%1 cannot be read: %2").arg(file, f.errorString());
        } else if (auto read = BoundedRead::all(f, MaxFileBytes, file); !read) {
            item.error = read.error(); // it grew past the limit since it was looked at
        } else {
            const QByteArray bytes = std::move(read).value();
            std::optional<Opened> opened;
            if (report.claimId.isEmpty()) { // the first good file opens the new claim
                item.document.originalName = info.fileName();
                auto filed = openClaimWith(target, item, bytes, mime, documents, actor, cancel);
                if (!filed)
                    return Result<ImportReport>::failure(filed.errorDetail());
                if (filed->claimId.isEmpty()) {
                    report.canceled = true;
                    break;
                }
                report.claimId = filed->claimId;
                opened = *filed;
            }
            using Added = DocumentRepository::Added;
            const auto added = opened ? Result<Added>(Added {
                                   DocumentRepository::AddOutcome::Added, opened->document, false })
                                      : documents.add(report.claimId, bytes, info.fileName(), mime,
                                          actor, m_reader.has_value());
            if (!added) {
                item.error = added.error();
                item.storageFailed = true;
            } else {
                item.stored = added->outcome == DocumentRepository::AddOutcome::Added;
                item.duplicate = !item.stored;
                item.document = added->document;
                if (item.duplicate && added->unread && m_reader) {
                    // stored by an import cut short: this one finishes it
                    item.duplicate = false;
                    item.resumed = true;
                }
                if ((item.stored || item.resumed) && m_reader)
                    readInto(item, bytes, report.claimId, documents, actor, cancel,
                        opened ? opened->reading : std::nullopt);
            }
        }
        logItem(report.claimId, item);
        report.items << item;
        ++done;
        if (cancel && cancel->load())
            report.canceled = true;
    }
    if (m_reader && !report.claimId.isEmpty() && !report.canceled)
        finishUnread(report, documents, actor, cancel);
    if (std::any_of(report.items.cbegin(), report.items.cend(),
            [](const ImportReport::Item& i) { return i.read; })) {
        followDocuments(report, before, actor);
        QList<qint64> followed;
        for (const ImportReport::Item& i : std::as_const(report.items)) {
            if (i.read)
                followed << i.document.id;
        }
        // only once the claim took their details: a kill before leaves them to the next import
        if (report.claimError.isEmpty()) {
            if (Status marked = documents.markFollowed(report.claimId, followed); !marked)
                report.claimError = marked.error();
        }
    }
    if (progress)
        progress(done, static_cast<int>(files.size()), QString());
    return report;
}

Result<QList<ImportReport>> DocumentImporter::finishInterrupted(const QDateTime& storedBefore,
    const QString& actor, const std::atomic_bool* cancel,
    const std::function<void(int, int, const QString&)>& progress)
{
    using R = Result<QList<ImportReport>>;
    if (!m_reader)
        return R::failure(QStringLiteral("DocumentImporter::finishInterrupted needs reading on"));
    // Bounded: the rest waits for the next start (a book rarely has more than a few).
    constexpr int MaxClaims = 200;
    auto claims = DocumentRepository(m_book.database()).claimsWithUnread(storedBefore, MaxClaims);
    if (!claims)
        return R::failure(claims.errorDetail());
    QList<ImportReport> reports;
    for (int i = 0; i < claims->size() && !(cancel && cancel->load()); ++i) {
        if (progress)
            progress(i, int(claims->size()), claims->at(i));
        auto report = importFiles({}, ImportTarget::claim(claims->at(i)), actor, cancel);
        if (!report) {
            ImportReport failed;
            failed.claimId = claims->at(i);
            failed.claimError = report.error();
            report = failed;
        }
        reports << *report;
    }
    if (progress)
        progress(int(reports.size()), int(claims->size()), QString());
    return reports;
}

Result<DocumentImporter::Opened> DocumentImporter::openClaimWith(const ImportTarget& target,
    ImportReport::Item& item, const QByteArray& bytes, const QString& mime,
    DocumentRepository& documents, const QString& actor, const std::atomic_bool* cancel)
{
    Opened opened;
    NewClaim claim;
    claim.memo = target.newClaimMemo;
    if (target.newClaimType) {
        claim.type = *target.newClaimType;
    } else {
        opened.reading = read(bytes, item.document.originalName, cancel);
        if (cancel && cancel->load())
            return opened; // no claim: the file is still where it was
        const auto told
            = claimTypeOf(opened.reading->ok() ? opened.reading->category() : QString());
        claim.type = told.value_or(ClaimType::Health);
        if (!told) {
            const QString note = IntakeTr::tr("The documents did not tell the claim's type: a "
                                              "health claim was assumed. Check it.");
            claim.memo = claim.memo.isEmpty() ? note : claim.memo + u' ' + note;
        }
    }
    const Status s = m_book.database().writeTransaction([&]() -> Status {
        auto created = m_book.file(claim, actor);
        if (!created)
            return Status::failure(created.errorDetail());
        auto added = documents.add(
            created->id, bytes, item.document.originalName, mime, actor, m_reader.has_value());
        if (!added)
            return Status::failure(added.errorDetail());
        opened.claimId = created->id;
        opened.document = added->document;
        return {};
    });
    if (!s)
        return Result<Opened>::failure(s.errorDetail());
    return opened;
}

DocumentReading DocumentImporter::read(
    const QByteArray& bytes, const QString& name, const std::atomic_bool* cancel)
{
    if (!m_engine)
        m_engine = std::make_unique<TesseractEngine>(m_reader->options().languages);
    return m_reader->read(bytes, name, *m_engine, cancel);
}

void DocumentImporter::readInto(ImportReport::Item& item, const QByteArray& bytes,
    const QString& claimId, DocumentRepository& documents, const QString& actor,
    const std::atomic_bool* cancel, const std::optional<DocumentReading>& alreadyRead)
{
    DocumentReading r
        = alreadyRead ? *alreadyRead : read(bytes, item.document.originalName, cancel);
    if (cancel && cancel->load())
        return; // stays unread: the next import of the claim reads it
    if (!r.ok()) {
        item.readError = r.error;
        if (Status marked = documents.markReadFailed(item.document.id); !marked) {
            item.readError += u' ' + marked.error();
            item.storageFailed = true;
        }
        return;
    }
    item.notices = r.notices;
    const auto claim = m_book.claims().find(claimId);
    const QStringList accepted
        = DocumentCategory::acceptedFor(claim ? claim->type : ClaimType::Health);
    // A car photo on a health claim says nothing about the claim: kept, but as
    // unknown. (Other categories stay: the chat verifies a policy from an ID card
    // or a licence whatever the claim's type.)
    const bool fits = !DocumentCategory::isPhoto(r.category()) || accepted.contains(r.category());
    const QString category = fits ? r.category() : QString(DocumentCategory::Unknown);
    const QList<ExtractedField> fields = fits ? r.fields : QList<ExtractedField>();
    if (Status saved = documents.saveReading(item.document.id, category, fields, actor); !saved) {
        item.readError = saved.error();
        item.storageFailed = true;
        return;
    }
    item.document.category = category;
    item.fields = fields;
    item.read = true;
    if (category == DocumentCategory::Unknown)
        item.readError = DocumentClassifier::unknownMessage(accepted);
}

void DocumentImporter::finishUnread(ImportReport& report, DocumentRepository& documents,
    const QString& actor, const std::atomic_bool* cancel)
{
    auto unread = documents.unread(report.claimId);
    if (!unread) {
        report.claimError = unread.error();
        return;
    }
    for (const Document& document : *unread) {
        const bool readNow = std::any_of(report.items.cbegin(), report.items.cend(),
            [&](const ImportReport::Item& i) { return i.document.id == document.id; });
        if (cancel && cancel->load()) {
            report.canceled = true;
            return;
        }
        if (readNow)
            continue;
        ImportReport::Item item;
        item.file = document.originalName;
        item.document = document;
        item.resumed = true;
        if (auto bytes = documents.bytes(document.sha256); !bytes)
            item.readError = bytes.error();
        else
            readInto(item, *bytes, report.claimId, documents, actor, cancel);
        logItem(report.claimId, item);
        report.items << item;
    }
}

void DocumentImporter::followDocuments(
    ImportReport& report, const DocumentDetails& before, const QString& actor)
{
    const auto problem = [&report](const QString& error) {
        report.claimError
            = IntakeTr::tr("The claim's details could not follow its documents: %1").arg(error);
    };
    const auto after
        = ClaimDocuments::detailsOf(DocumentRepository(m_book.database()), report.claimId);
    if (!after)
        return problem(after.error());
    const auto claim = m_book.claims().find(report.claimId);
    if (!claim)
        return problem(claim.error());
    const ClaimEdit edit = after->changesFrom(before, *claim);
    if (edit.isEmpty()) {
        // The details stand, but what the new documents show is evidence too.
        if (auto decided = m_book.decide(report.claimId); !decided)
            problem(decided.error());
        return;
    }
    if (auto edited = m_book.edit(report.claimId, edit, actor); !edited)
        return problem(edited.error());
    report.claimUpdated = true;
}

} // namespace ClaimDesk
