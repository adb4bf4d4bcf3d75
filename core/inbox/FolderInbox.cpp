#include "FolderInbox.h"

#include "claims/ClaimBook.h"
#include "inbox/InboxTr.h"
#include "intake/DocumentImporter.h"
#include "storage/DocumentRepository.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>

namespace ClaimDesk {

namespace {

const QString Processed = QStringLiteral("processed");
const QString Failed = QStringLiteral("failed");

// Hidden files and what is still being downloaded or written are never taken.
bool isIgnored(const QFileInfo& info)
{
    static const QStringList Partial = { QStringLiteral(".part"), QStringLiteral(".crdownload"),
        QStringLiteral(".tmp"), QStringLiteral(".partial"), QStringLiteral("~") };
    const QString name = info.fileName();
    return name.startsWith(u'.')
        || std::any_of(Partial.cbegin(), Partial.cend(),
            [&](const QString& end) { return name.endsWith(end, Qt::CaseInsensitive); });
}

QString claimIdIn(const QString& name)
{
    static const QRegularExpression Id(
        QStringLiteral("(?<![A-Za-z0-9])(?:H|CD)-[0-9]{8}-[0-9]{6}(?![0-9])"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = Id.match(name);
    return m.hasMatch() ? m.captured().toUpper() : QString();
}

// A file's last change, or the newest of a subfolder's (its own entry included:
// a file being added changes it); `partial` when something in it is still being
// written.
QDateTime lastChange(const QFileInfo& info, QStringList* files, bool* partial)
{
    QDateTime newest = info.lastModified();
    if (!info.isDir()) {
        files->append(info.absoluteFilePath());
        return newest;
    }
    QDirIterator it(info.absoluteFilePath(),
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        newest = std::max(newest, entry.lastModified());
        if (entry.isDir())
            continue;
        if (isIgnored(entry))
            *partial = *partial || !entry.fileName().startsWith(u'.');
        else
            files->append(entry.absoluteFilePath());
    }
    files->sort();
    return newest;
}

} // namespace

struct FolderInbox::Target
{
    ImportTarget import;
    bool isNew = false;
    QString error; // the book could not be asked
};

FolderInbox::FolderInbox(QString folder, Clock clock)
    : m_folder(QFileInfo(folder).absoluteFilePath())
    , m_clock(std::move(clock))
{ }

QString FolderInbox::source() const
{
    return QStringLiteral("folder:") + m_folder;
}

Result<QList<FolderInbox::Arrival>> FolderInbox::settled(int limit) const
{
    using R = Result<QList<Arrival>>;
    const QDir dir(m_folder);
    if (!dir.exists())
        return R::failure(Error::of(ErrorKind::NotFound,
            InboxTr::tr("The inbox folder %1 does not exist")
                .arg(QDir::toNativeSeparators(m_folder))));
    if (!dir.isReadable())
        return R::failure(InboxTr::tr("The inbox folder %1 cannot be read")
                              .arg(QDir::toNativeSeparators(m_folder)));
    const QDateTime settledBefore = m_clock().addMSecs(-SettleMs);
    QList<std::pair<QDateTime, Arrival>> found;
    for (const QFileInfo& entry :
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (isIgnored(entry)
            || (entry.isDir() && (entry.fileName() == Processed || entry.fileName() == Failed)))
            continue;
        Arrival arrival;
        arrival.item = entry.fileName();
        bool partial = false;
        const QDateTime changed = lastChange(entry, &arrival.files, &partial);
        if (partial || arrival.files.isEmpty() || changed > settledBefore)
            continue;
        found.append({ changed, arrival });
    }
    std::stable_sort(
        found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<Arrival> arrivals;
    for (qsizetype i = 0; i < found.size() && i < limit; ++i)
        arrivals << found[i].second;
    return arrivals;
}

FolderInbox::Target FolderInbox::targetFor(const Arrival& arrival, ClaimBook& book) const
{
    Target target;
    target.import.claimId = claimIdIn(arrival.item);
    for (qsizetype i = 0; target.import.claimId.isEmpty() && i < arrival.files.size(); ++i)
        target.import.claimId = claimIdIn(QFileInfo(arrival.files[i]).fileName());
    if (!target.import.claimId.isEmpty())
        return target;
    const DocumentRepository documents(book.database());
    for (const QString& file : arrival.files) {
        const auto bytes = BoundedRead::file(file, InputLimits::DocumentBytes);
        if (!bytes)
            continue; // the importer names what is wrong with it
        const auto holders = documents.claimsHolding(DocumentRepository::sha256Hex(*bytes));
        if (!holders) {
            target.error = holders.error();
            return target;
        }
        if (!holders->isEmpty()) {
            target.import.claimId = holders->first();
            return target;
        }
    }
    target.isNew = true;
    target.import.typeFromDocuments = true;
    target.import.newClaimMemo
        = InboxTr::tr("From the inbox folder %1.").arg(QDir::toNativeSeparators(m_folder));
    return target;
}

InboxItem FolderInbox::take(const Arrival& arrival, ClaimBook& book, DocumentImporter& importer,
    const QString& actor, const std::atomic_bool* cancel)
{
    InboxItem out;
    out.source = source();
    out.item = arrival.item;
    const Target target = targetFor(arrival, book);
    if (!target.error.isEmpty()) {
        out.error = target.error; // the files stay for the next scan
        return out;
    }
    const auto report = importer.importFiles(arrival.files, target.import, actor, cancel);
    if (!report) {
        out.error = report.error();
        // a claim that is not there, or a target refused, will not change by waiting
        const bool forGood
            = report.errorKind() == ErrorKind::NotFound || report.errorKind() == ErrorKind::Invalid;
        for (const QString& file : arrival.files) {
            if (!forGood)
                break;
            if (const QString moveError = moveInto(file, Failed, report.error());
                !moveError.isEmpty())
                out.error += QStringLiteral("; ") + moveError;
        }
        removeEmptyFolders(arrival);
        return out;
    }
    out.claimId = report->claimId;
    out.newClaim = target.isNew && !report->claimId.isEmpty();
    QStringList errors;
    bool allDuplicates = true;
    for (const ImportReport::Item& item : report->items) {
        if (!arrival.files.contains(item.file))
            continue; // a document of the claim an earlier import left unread
        QString moveError;
        if (!item.error.isEmpty()) {
            errors << item.error;
            allDuplicates = false;
            moveError = moveInto(item.file, Failed, item.error);
        } else if (item.read || item.readFailed() || item.duplicate) {
            if (item.stored || item.resumed)
                out.documents << QFileInfo(item.file).fileName();
            allDuplicates = allDuplicates && item.duplicate;
            if (item.readFailed())
                errors << InboxTr::tr("%1 is stored but could not be read: %2")
                              .arg(QFileInfo(item.file).fileName(), item.readError);
            moveError = moveInto(item.file, Processed);
        } else {
            allDuplicates = false; // stored, its reading canceled: stays, finished next time
        }
        if (!moveError.isEmpty())
            errors << moveError;
    }
    if (!report->claimError.isEmpty())
        errors << report->claimError;
    out.duplicate = allDuplicates && !report->items.isEmpty() && out.documents.isEmpty();
    out.error = errors.join(QStringLiteral("; "));
    removeEmptyFolders(arrival);
    return out;
}

QString FolderInbox::moveInto(
    const QString& file, const QString& subfolder, const QString& why) const
{
    const QString relative = QDir(m_folder).relativeFilePath(file);
    const QFileInfo wanted(m_folder + u'/' + subfolder + u'/' + relative);
    if (!QDir().mkpath(wanted.absolutePath()))
        return InboxTr::tr("%1 could not be moved: cannot create %2")
            .arg(relative, QDir::toNativeSeparators(wanted.absolutePath()));
    QString destination = wanted.absoluteFilePath();
    for (int n = 2; QFileInfo::exists(destination); ++n) {
        const QString suffix = wanted.suffix().isEmpty() ? QString() : u'.' + wanted.suffix();
        destination = wanted.absolutePath() + u'/' + wanted.completeBaseName()
            + QStringLiteral(" (%1)").arg(n) + suffix;
    }
    if (!QFile::rename(file, destination))
        return InboxTr::tr("%1 could not be moved to %2").arg(relative, subfolder);
    if (why.isEmpty())
        return {};
    QSaveFile note(destination + QStringLiteral(".why.txt"));
    if (note.open(QIODevice::WriteOnly)) {
        note.write((m_clock().toString(Qt::ISODate) + u'\n' + why + u'\n').toUtf8());
        note.commit();
    }
    return {};
}

Status FolderInbox::putBack(const QString& item) const
{
    const QString failed = m_folder + u'/' + Failed + u'/' + item;
    const QFileInfo info(failed);
    if (!info.exists())
        return Status::failure(
            Error::of(ErrorKind::NotFound, InboxTr::tr("%1 is no longer in %2").arg(item, Failed)));
    QStringList files;
    if (info.isDir()) {
        QDirIterator it(failed, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    } else {
        files << failed;
    }
    const QString failedRoot = m_folder + u'/' + Failed;
    for (const QString& file : std::as_const(files)) {
        if (file.endsWith(QStringLiteral(".why.txt")))
            continue;
        const QString back = m_folder + u'/' + QDir(failedRoot).relativeFilePath(file);
        if (QFileInfo::exists(back) || !QDir().mkpath(QFileInfo(back).absolutePath())
            || !QFile::rename(file, back))
            return Status::failure(InboxTr::tr("%1 could not be put back in %2")
                                       .arg(QDir(failedRoot).relativeFilePath(file),
                                           QDir::toNativeSeparators(m_folder)));
    }
    return {};
}

void FolderInbox::removeEmptyFolders(const Arrival& arrival) const
{
    const QString top = m_folder + u'/' + arrival.item;
    if (!QFileInfo(top).isDir())
        return;
    QStringList folders;
    QDirIterator it(top, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders << it.next();
    // deepest first; rmdir removes only what is empty
    std::sort(folders.begin(), folders.end(),
        [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& folder : folders)
        QDir().rmdir(folder);
    QDir().rmdir(top);
}

} // namespace ClaimDesk
