#include "FolderInbox.h"

#include "claims/ClaimBook.h"
#include "inbox/InboxRouting.h"
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
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <algorithm>

namespace ClaimDesk {

namespace {

const QString Processed = QStringLiteral("processed");
const QString Failed = QStringLiteral("failed");
const QString LockName = QStringLiteral(".claimdesk-inbox.lock");

// Hidden files and what is still being downloaded or written are never taken.
bool isIgnored(const QFileInfo& info)
{
    static const QStringList Partial = { QStringLiteral(".part"), QStringLiteral(".filepart"),
        QStringLiteral(".crdownload"), QStringLiteral(".download"), QStringLiteral(".opdownload"),
        QStringLiteral(".tmp"), QStringLiteral(".partial"), QStringLiteral("~") };
    const QString name = info.fileName();
    return name.startsWith(u'.')
        || std::any_of(Partial.cbegin(), Partial.cend(),
            [&](const QString& end) { return name.endsWith(end, Qt::CaseInsensitive); });
}

bool isSetAside(const QFileInfo& entry)
{
    return entry.isDir()
        && (entry.fileName().compare(Processed, Qt::CaseInsensitive) == 0
            || entry.fileName().compare(Failed, Qt::CaseInsensitive) == 0);
}

// The arrival at `info` (a file, or a subfolder's files) and its last change, the
// newest of them (the subfolder's own entry included: a file being added changes
// it); nothing when something in it is still being written.
std::optional<std::pair<QDateTime, FolderInbox::Arrival>> arrivalAt(const QFileInfo& info)
{
    FolderInbox::Arrival arrival;
    arrival.item = info.fileName();
    QDateTime newest = info.lastModified();
    QList<QFileInfo> files;
    if (info.isDir()) {
        // links are not followed: what they point to is not the inbox's to move
        QDirIterator it(info.absoluteFilePath(),
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            newest = std::max(newest, entry.lastModified());
            if (entry.isDir())
                continue;
            if (isIgnored(entry) && !entry.fileName().startsWith(u'.'))
                return std::nullopt; // a partial download: the whole subfolder waits
            if (!isIgnored(entry))
                files << entry;
        }
    } else {
        files << info;
    }
    std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.absoluteFilePath() < b.absoluteFilePath();
    });
    for (const QFileInfo& f : std::as_const(files)) {
        arrival.files << f.absoluteFilePath();
        arrival.sizes << f.size();
    }
    if (arrival.files.isEmpty())
        return std::nullopt;
    return std::pair { newest, arrival };
}

} // namespace

struct FolderInbox::Target
{
    ImportTarget import;
    bool isNew = false;
    QString error; // the book could not be asked, or a file read now
    bool bookTrouble = false;
};

FolderInbox::FolderInbox(QString folder, Clock clock)
    : m_folder(QFileInfo(folder).absoluteFilePath())
    , m_clock(std::move(clock))
{ }

FolderInbox::~FolderInbox() = default;

QString FolderInbox::source() const
{
    return QStringLiteral("folder:") + m_folder;
}

QString FolderInbox::memoMark() const
{
    return u'<' + source() + u'>';
}

QStringList FolderInbox::foldersToWatch() const
{
    const QDir dir(m_folder);
    if (!dir.exists())
        return {};
    QStringList folders { m_folder };
    for (const QFileInfo& entry :
        dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        if (!isSetAside(entry))
            folders << entry.absoluteFilePath();
    }
    return folders;
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
    for (const QFileInfo& entry : dir.entryInfoList(
             QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name)) {
        if (isIgnored(entry) || isSetAside(entry))
            continue;
        auto arrival = arrivalAt(entry);
        if (arrival && arrival->first <= settledBefore)
            found.append(*arrival);
    }
    std::stable_sort(
        found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<Arrival> arrivals;
    for (qsizetype i = 0; i < found.size() && i < limit; ++i)
        arrivals << found[i].second;
    return arrivals;
}

std::optional<FolderInbox::Arrival> FolderInbox::lookAgain(const Arrival& arrival) const
{
    const QFileInfo info(m_folder + u'/' + arrival.item);
    if (!info.exists())
        return std::nullopt;
    auto now = arrivalAt(info);
    if (!now || now->first > m_clock().addMSecs(-SettleMs) || !(now->second == arrival))
        return std::nullopt; // changed since it was listed: taken once it settles again
    return now->second;
}

bool FolderInbox::holdsLock()
{
    if (m_lock)
        return true;
    auto lock = std::make_unique<QLockFile>(m_folder + u'/' + LockName);
    // no age limit: a taker that is alive holds it however long it takes; one
    // that died on this machine leaves it free (QLockFile checks the process)
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

Status FolderInbox::takeSettled(ClaimBook& book, DocumentImporter& importer, const QString& actor,
    const std::atomic_bool* cancel, const std::function<void(const InboxItem&)>& taken)
{
    if (!holdsLock()) {
        qint64 pid = 0;
        QString host;
        QString app;
        QLockFile(m_folder + u'/' + LockName).getLockInfo(&pid, &host, &app);
        return Status::failure(Error::of(ErrorKind::Conflict,
            InboxTr::tr("Another process (%1, process %2 on %3) is taking from %4; if it has "
                        "stopped, remove %5")
                .arg(app, QString::number(pid), host, QDir::toNativeSeparators(m_folder),
                    LockName)));
    }
    QSet<QString> tried; // what stayed (the book in trouble, a file not openable now)
    while (!(cancel && cancel->load())) {
        const auto arrivals = settled();
        if (!arrivals)
            return Status::failure(arrivals.errorDetail());
        const auto next = std::find_if(arrivals->cbegin(), arrivals->cend(),
            [&](const Arrival& a) { return !tried.contains(a.item); });
        if (next == arrivals->cend())
            return {};
        tried.insert(next->item);
        const auto now = lookAgain(*next);
        if (!now)
            continue;
        const InboxItem item = take(*now, book, importer, actor, cancel);
        taken(item);
        if (item.bookTrouble)
            return {}; // the rest waits until the book can take them
    }
    return {};
}

FolderInbox::Target FolderInbox::targetFor(const Arrival& arrival, ClaimBook& book) const
{
    Target target;
    target.import.claimId = InboxRouting::claimIdNamedIn(arrival.item);
    for (qsizetype i = 0; target.import.claimId.isEmpty() && i < arrival.files.size(); ++i)
        target.import.claimId
            = InboxRouting::claimIdNamedIn(QFileInfo(arrival.files[i]).fileName());
    if (!target.import.claimId.isEmpty())
        return target;
    QStringList contents;
    for (const QString& file : arrival.files) {
        const auto bytes = BoundedRead::file(file, InputLimits::DocumentBytes);
        if (!bytes && bytes.errorKind() != ErrorKind::Invalid) {
            target.error = bytes.error(); // cannot be read now: the arrival waits, not the rest
            return target;
        }
        if (bytes) // too large: the importer refuses it
            contents << DocumentRepository::sha256Hex(*bytes);
    }
    const auto opened = InboxRouting::claimOpenedBy(book, memoMark(), contents);
    if (!opened) {
        target.error = opened.error();
        target.bookTrouble = true;
        return target;
    }
    if (!opened->isEmpty()) {
        target.import.claimId = *opened;
        return target;
    }
    target.isNew = true;
    target.import.typeFromDocuments = true;
    // the mark is not translated: it is what finds the claim again (above)
    target.import.newClaimMemo = InboxTr::tr("From the inbox %1.").arg(memoMark());
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
        out.error = target.error; // the files stay for the next look
        out.bookTrouble = target.bookTrouble;
        return out;
    }
    const auto report = importer.importFiles(arrival.files, target.import, actor, cancel);
    const auto stopped = [&] {
        out.error = InboxTr::tr("stopped before it was all taken in; the rest is taken next time");
        return out;
    };
    if (cancel && cancel->load())
        return stopped(); // nothing of it moves: taken again, it ends where it should
    if (!report) {
        out.error = report.error();
        // a claim that is not there, or not this login's, will not change by
        // waiting; anything else (the book) may pass
        if (report.errorKind() != ErrorKind::NotFound
            && report.errorKind() != ErrorKind::Forbidden) {
            out.bookTrouble = true;
            return out;
        }
        for (const QString& file : arrival.files) {
            QString moveError;
            const QString now = moveInto(file, Failed, report.error(), &moveError);
            if (moveError.isEmpty())
                out.failed.append({ now, QDir(m_folder).relativeFilePath(file) });
            else
                out.error += QStringLiteral("; ") + moveError;
        }
        removeEmptySubfolders(arrival);
        return out;
    }
    out.claimId = report->claimId;
    out.newClaim = target.isNew && !report->claimId.isEmpty();
    QStringList errors;
    bool allDuplicates = true;
    bool allWent = true;
    for (const ImportReport::Item& item : report->items) {
        if (!arrival.files.contains(item.file))
            continue; // a document of the claim an earlier import left unread
        if (item.refused) {
            errors << item.error;
            allDuplicates = false;
            QString moveError;
            const QString now = moveInto(item.file, Failed, item.error, &moveError);
            if (moveError.isEmpty())
                out.failed.append({ now, QDir(m_folder).relativeFilePath(item.file) });
            else
                errors << moveError;
        } else if (!item.wentIn() || !report->claimError.isEmpty()) {
            // the book, or a file not openable now: stays, taken again next time
            allWent = false;
            allDuplicates = false;
            out.bookTrouble = out.bookTrouble || item.storageFailed;
            if (!item.error.isEmpty() || item.storageFailed)
                errors << (item.error.isEmpty() ? item.readError : item.error);
        } else {
            if (item.stored || item.resumed)
                out.documents << QFileInfo(item.file).fileName();
            allDuplicates = allDuplicates && item.duplicate;
            if (item.readFailed())
                errors << InboxTr::tr("%1 is stored but could not be read: %2")
                              .arg(QFileInfo(item.file).fileName(), item.readError);
        }
    }
    if (!report->claimError.isEmpty()) {
        errors << report->claimError;
        out.bookTrouble = true;
    }
    // a subfolder moves whole or not at all: what stays routes the rest next time
    if (allWent || arrival.files.size() == 1) {
        for (const ImportReport::Item& item : report->items) {
            const bool processed = arrival.files.contains(item.file) && item.wentIn()
                && report->claimError.isEmpty();
            QString moveError;
            if (processed)
                moveInto(item.file, Processed, {}, &moveError);
            if (!moveError.isEmpty())
                errors << moveError;
        }
        removeEmptySubfolders(arrival);
    }
    out.duplicate = allDuplicates && !report->items.isEmpty() && out.documents.isEmpty();
    out.error = errors.join(QStringLiteral("; "));
    return out;
}

QString FolderInbox::moveInto(
    const QString& file, const QString& subfolder, const QString& why, QString* error) const
{
    const QString relative = QDir(m_folder).relativeFilePath(file);
    const QFileInfo wanted(m_folder + u'/' + subfolder + u'/' + relative);
    if (!QDir().mkpath(wanted.absolutePath())) {
        *error = InboxTr::tr("%1 could not be moved: cannot create %2")
                     .arg(relative, QDir::toNativeSeparators(wanted.absolutePath()));
        return {};
    }
    QString destination = wanted.absoluteFilePath();
    for (int n = 2; QFileInfo::exists(destination); ++n) {
        const QString suffix = wanted.suffix().isEmpty() ? QString() : u'.' + wanted.suffix();
        destination = wanted.absolutePath() + u'/' + wanted.completeBaseName()
            + QStringLiteral(" (%1)").arg(n) + suffix;
    }
    if (!why.isEmpty()) { // the reason first: a kill between leaves no failed file unexplained
        QSaveFile note(destination + QStringLiteral(".why.txt"));
        if (note.open(QIODevice::WriteOnly)) {
            note.write((m_clock().toString(Qt::ISODate) + u'\n' + why + u'\n').toUtf8());
            note.commit();
        }
    }
    if (!QFile::rename(file, destination)) {
        *error = InboxTr::tr("%1 could not be moved to %2").arg(relative, subfolder);
        return {};
    }
    return destination;
}

Status FolderInbox::putBack(const InboxItem& item) const
{
    for (const InboxItem::PutAside& file : item.failed) {
        const QString back = m_folder + u'/' + file.before;
        if (!QFileInfo::exists(file.now))
            return Status::failure(Error::of(ErrorKind::NotFound,
                InboxTr::tr("%1 is no longer in %2").arg(file.before, Failed)));
        if (QFileInfo::exists(back) || !QDir().mkpath(QFileInfo(back).absolutePath())
            || !QFile::rename(file.now, back))
            return Status::failure(InboxTr::tr("%1 could not be put back in %2")
                                       .arg(file.before, QDir::toNativeSeparators(m_folder)));
    }
    return {};
}

void FolderInbox::removeEmptySubfolders(const Arrival& arrival) const
{
    const QString top = m_folder + u'/' + arrival.item;
    if (!QFileInfo(top).isDir())
        return;
    QStringList folders;
    QDirIterator it(
        top, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders << it.next();
    // deepest first; rmdir removes only what is empty. The subfolder itself stays:
    // a scanner may be set to drop into it.
    std::sort(folders.begin(), folders.end(),
        [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& folder : folders)
        QDir().rmdir(folder);
}

} // namespace ClaimDesk
