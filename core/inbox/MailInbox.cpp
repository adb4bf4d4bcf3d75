#include "MailInbox.h"

#include "claims/ClaimBook.h"
#include "inbox/InboxRouting.h"
#include "inbox/InboxTr.h"
#include "intake/DocumentImporter.h"
#include "mail/MailMessage.h"
#include "storage/ClaimRepository.h"
#include "storage/IntakeConversationRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ClaimDesk {

namespace {

// What finds the claim and intake record of a message again: its Message-ID
// with its sender and date (one sender's mailer that reuses IDs, or another
// sender copying one, makes another key), else the mailbox and UID (a message
// without one is rare: some scanners' mailers); hashed, so that a long or
// crafted ID is neither long nor anything a subject could spell out.
QString keyOf(const MailMessage& message, const QString& source, qint64 uid)
{
    const QString identity = message.messageId.isEmpty()
        ? QStringLiteral("%1#%2").arg(source).arg(uid)
        : QStringLiteral("%1\n%2\n%3\n%4")
              .arg(source, message.messageId, message.from, message.date.toString(Qt::ISODate));
    return QString::fromLatin1(
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
}

// What the sender wrote, as it may go in a memo: never a mark of ours.
QString unmarked(QString text)
{
    return text.replace(u'<', u'\u2039').replace(u'>', u'\u203a');
}

// What a claim this message opened has in its memo, written with the claim.
QString messageMark(const QString& key)
{
    return QStringLiteral("<mail:%1>").arg(key);
}

QString itemName(const MailMessage& message, qint64 uid)
{
    const QString subject
        = message.subject.isEmpty() ? InboxTr::tr("(no subject)") : message.subject;
    return InboxTr::tr("%1 (message %2)").arg(subject).arg(uid);
}

// Writes the attachments into `dir` under their own names (a name given twice
// gets " (2)"); the paths, in the message's order.
Result<QStringList> writeAttachments(const MailMessage& message, const QTemporaryDir& dir)
{
    QStringList paths;
    QSet<QString> taken;
    for (const MailAttachment& attachment : message.attachments) {
        const QFileInfo name(attachment.fileName);
        QString file = attachment.fileName;
        for (int n = 2; taken.contains(file.toLower()); ++n) {
            file = name.completeBaseName() + QStringLiteral(" (%1)").arg(n)
                + (name.suffix().isEmpty() ? QString() : u'.' + name.suffix());
        }
        taken.insert(file.toLower());
        QSaveFile out(dir.filePath(file));
        if (!out.open(QIODevice::WriteOnly)
            || out.write(attachment.bytes) != attachment.bytes.size() || !out.commit())
            return Result<QStringList>::failure(
                InboxTr::tr("%1 could not be written to %2: %3")
                    .arg(file, QDir::toNativeSeparators(dir.path()), out.errorString()));
        paths << dir.filePath(file);
    }
    return paths;
}

} // namespace

MailInbox::MailInbox(ImapAccount account, QString password, Clock clock)
    : m_mailbox(std::move(account), std::move(password))
    , m_clock(std::move(clock))
{ }

QString MailInbox::lockPath() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/inbox-locks");
    QDir().mkpath(folder);
    return folder + u'/'
        + QString::fromLatin1(
            QCryptographicHash::hash(source().toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(32))
        + QStringLiteral(".lock");
}

QString MailInbox::memoMark() const
{
    return u'<' + source() + u'>';
}

Status MailInbox::takeWaiting(ClaimBook& book, DocumentImporter& importer, const QString& actor,
    const std::atomic_bool* cancel, const std::function<void(const InboxItem&)>& taken, int limit)
{
    m_mailbox.setCancel(cancel);
    const auto waiting = m_mailbox.waiting(limit);
    if (!waiting)
        return Status::failure(waiting.errorDetail());
    return takeEach(*waiting, book, importer, actor, cancel, taken);
}

Status MailInbox::takeEach(const QList<qint64>& uids, ClaimBook& book, DocumentImporter& importer,
    const QString& actor, const std::atomic_bool* cancel,
    const std::function<void(const InboxItem&)>& taken)
{
    QLockFile lock(lockPath());
    lock.setStaleLockTime(0); // a taker alive holds it however long; a dead one frees it
    if (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError)
            return Status::failure(InboxTr::tr("The lock file %1 cannot be written")
                                       .arg(QDir::toNativeSeparators(lockPath())));
        qint64 pid = 0;
        QString host;
        QString app;
        lock.getLockInfo(&pid, &host, &app);
        return Status::failure(Error::of(ErrorKind::Conflict,
            InboxTr::tr("Another process (%1, process %2) is taking from the mailbox %3")
                .arg(app, QString::number(pid), source())));
    }
    for (const qint64 uid : uids) {
        if (cancel && cancel->load())
            break;
        const InboxItem item = take(uid, book, importer, actor, cancel);
        taken(item);
        if (item.bookTrouble || item.sourceTrouble)
            break; // the rest waits until the book or the mailbox can take them
    }
    return {};
}

InboxItem& MailInbox::setAside(InboxItem& item, const QString& why)
{
    item.error = why;
    // left unseen, so that people reading the mailbox see what ClaimDesk did not take
    if (const Status marked = m_mailbox.setFlags(item.uid, { ImapMailbox::SetAside },
            { ImapMailbox::Taking, ImapMailbox::SecondTry, ImapMailbox::ThirdTry,
                QStringLiteral("\\Seen") });
        !marked) {
        item.error += QStringLiteral("; ") + marked.error();
        item.sourceTrouble = true;
    } else {
        item.setAside = true;
    }
    return item;
}

MailInbox::Target MailInbox::targetFor(
    const MailMessage& message, const QString& key, ClaimBook& book) const
{
    Target target;
    target.claimId = InboxRouting::claimIdNamedIn(message.subject);
    if (!target.claimId.isEmpty())
        return target;
    // the claim this very message opened (taken before but not marked, or
    // delivered again): never another message's, whatever it holds
    const auto opened = ClaimRepository(book.database()).idsWithMemoHolding(messageMark(key));
    if (!opened) {
        target.error = opened.error();
        return target;
    }
    if (!opened->isEmpty()) {
        target.claimId = opened->first();
        return target;
    }
    target.isNew = true;
    return target;
}

InboxItem MailInbox::take(qint64 uid, ClaimBook& book, DocumentImporter& importer,
    const QString& actor, const std::atomic_bool* cancel)
{
    m_mailbox.setCancel(cancel);
    InboxItem out;
    out.source = source();
    out.uid = uid;
    out.item = InboxTr::tr("message %1").arg(uid);
    // the mailbox cannot be asked now: the message waits, and so do the others
    const auto troubled = [&](const Error& error) {
        out.error = error.message;
        out.sourceTrouble = error.kind != ErrorKind::NotFound; // gone: only this one
        return out;
    };
    const auto info = m_mailbox.infoOf(uid);
    if (!info)
        return troubled(info.errorDetail());
    if (info->flags.contains(ImapMailbox::Taken) || info->flags.contains(ImapMailbox::SetAside)) {
        out.error = InboxTr::tr("Message %1 was taken or set aside meanwhile").arg(uid);
        return out; // another look (a desk elsewhere) was first
    }
    const bool retake = info->flags.contains(ImapMailbox::Taking);
    if (info->flags.contains(ImapMailbox::ThirdTry))
        return setAside(out,
            InboxTr::tr("Taking this message stopped part way three times (the program "
                        "stopped while it was being taken)"));
    if (info->size > MaxMessageBytes)
        return setAside(out,
            InboxTr::tr("The message is %1 MB, larger than the %2 MB a message may be")
                .arg(QString::number(double(info->size) / (1024 * 1024), 'f', 1))
                .arg(MaxMessageBytes / (1024 * 1024)));
    // fetching marks it seen: marked first, it stays waiting if the take is cut
    // short; a take begun again is counted, so a message that stops every take
    // is set aside in the end
    QStringList marks { ImapMailbox::Taking };
    if (retake)
        marks << (info->flags.contains(ImapMailbox::SecondTry) ? ImapMailbox::ThirdTry
                                                               : ImapMailbox::SecondTry);
    if (const Status marked = m_mailbox.setFlags(uid, marks); !marked)
        return troubled(marked.errorDetail());
    const auto kept = m_mailbox.flagsOf(uid);
    const bool allKept = kept
        && std::all_of(marks.cbegin(), marks.cend(),
            [&](const QString& mark) { return kept->contains(mark); });
    if (!allKept)
        return troubled(kept ? Error::of(ErrorKind::Failed,
                            InboxTr::tr("The mail server does not keep ClaimDesk's marks "
                                        "on messages: what is taken cannot be recorded"))
                             : kept.errorDetail());
    const auto raw = m_mailbox.fetch(uid, MaxMessageBytes);
    if (!raw && raw.errorKind() == ErrorKind::Invalid)
        return setAside(out, raw.error());
    if (!raw) { // it was there a moment ago: a refusal (throttled, busy) is the server's
        out.error = raw.error();
        out.sourceTrouble = true;
        return notCounted(out);
    }
    const auto message = MailMessage::parse(*raw);
    if (!message)
        return setAside(out, message.error());
    out.item = itemName(*message, uid);
    if (message->partsLeftOut)
        return setAside(out,
            InboxTr::tr("The message has more than %1 parts, or parts nested more than %2 deep")
                .arg(MailMessage::MaxParts)
                .arg(MailMessage::MaxDepth));
    if (message->attachments.isEmpty())
        return setAside(out, InboxTr::tr("The message has no attachment or image to take in"));

    const QString key = keyOf(*message, source(), uid);
    const Target target = targetFor(*message, key, book);
    if (!target.error.isEmpty()) {
        out.error = target.error;
        out.bookTrouble = true;
        return notCounted(out);
    }
    const QTemporaryDir dir;
    const auto files = dir.isValid()
        ? writeAttachments(*message, dir)
        : Result<QStringList>::failure(InboxTr::tr("No temporary folder for the attachments"));
    if (!files) {
        out.error = files.error();
        out.bookTrouble = true; // the machine, not the message: tried again later
        return notCounted(out);
    }
    ImportTarget import = ImportTarget::claim(target.claimId);
    if (target.isNew) {
        import.typeFromDocuments = true;
        // the mark is not translated: it is what finds the claim again
        import.newClaimMemo
            = InboxTr::tr("From the inbox %1: \"%2\" from %3.")
                  .arg(memoMark(), unmarked(message->subject), unmarked(message->from))
            + u' ' + messageMark(key);
    }
    const auto report = importer.importFiles(*files, import, actor, cancel);
    if (cancel && cancel->load()) {
        out.error = InboxTr::tr("stopped before it was all taken in; the rest is taken next time");
        return notCounted(out);
    }
    if (!report) {
        if (report.errorKind() == ErrorKind::NotFound || report.errorKind() == ErrorKind::Forbidden)
            return setAside(out, report.error());
        out.error = report.error();
        out.bookTrouble = true;
        return notCounted(out);
    }
    out.claimId = report->claimId;
    out.newClaim = target.isNew && !report->claimId.isEmpty();
    QStringList errors;
    bool allWent = true;
    bool allDuplicates = true;
    for (const ImportReport::Item& item : report->items) {
        const qsizetype index = files->indexOf(item.file);
        if (index < 0)
            continue; // a document of the claim an earlier import left unread
        const QString name = message->attachments[index].fileName;
        if (item.refused) {
            errors << item.error;
            allDuplicates = false;
        } else if (!item.wentIn()) {
            allWent = false;
            allDuplicates = false;
            out.bookTrouble = true;
            errors << (item.error.isEmpty() ? item.readError : item.error);
        } else {
            if (item.stored || item.resumed)
                out.documents << name;
            allDuplicates = allDuplicates && item.duplicate;
            if (item.readFailed())
                errors << InboxTr::tr("%1 is stored but could not be read: %2")
                              .arg(name, item.readError);
        }
    }
    if (!report->claimError.isEmpty()) {
        errors << report->claimError;
        allWent = false;
        out.bookTrouble = true;
    }
    out.duplicate = allDuplicates && out.documents.isEmpty();
    if (allWent && out.claimId.isEmpty()) // every part refused: it will be refused again
        return setAside(out, errors.join(QStringLiteral("; ")));
    if (allWent) {
        if (const Status kept = keepMessage(book, out.claimId, *message, key); !kept) {
            errors << kept.error();
            out.bookTrouble = true;
        } else if (const Status marked
                   = m_mailbox.setFlags(uid, { ImapMailbox::Taken, QStringLiteral("\\Seen") },
                       { ImapMailbox::Taking, ImapMailbox::SecondTry, ImapMailbox::ThirdTry });
                   !marked) {
            errors << marked.error(); // taken again next time: it ends as a duplicate
            out.sourceTrouble = true;
        }
    }
    out.error = errors.join(QStringLiteral("; "));
    return out.bookTrouble || out.sourceTrouble ? notCounted(out) : out;
}

InboxItem& MailInbox::notCounted(InboxItem& item)
{
    // best effort: a server in trouble may refuse this too, and then the take counts
    (void)m_mailbox.setFlags(item.uid, {}, { ImapMailbox::SecondTry, ImapMailbox::ThirdTry });
    return item;
}

Status MailInbox::keepMessage(
    ClaimBook& book, const QString& claimId, const MailMessage& message, const QString& key) const
{
    IntakeConversationRepository conversations(book.database());
    return book.database().writeTransaction([&]() -> Status {
        const auto kept = conversations.forClaim(claimId);
        if (!kept)
            return Status::failure(kept.errorDetail());
        for (const StoredConversation& c : *kept) {
            if (c.state.value(QStringLiteral("mail")).toString() == key)
                return {}; // taken before, cut short before it was marked
        }
        const QDateTime now = m_clock();
        const QJsonObject state { { QStringLiteral("channel"), QStringLiteral("mail") },
            { QStringLiteral("source"), source() }, { QStringLiteral("mail"), key } };
        const auto id = conversations.start(state, now);
        if (!id)
            return Status::failure(id.errorDetail());
        if (Status s = conversations.save(*id, claimId, state, now); !s)
            return s;
        IntakeMessage mail;
        mail.at = message.date.isValid() ? message.date : now;
        mail.sender = QStringLiteral("customer");
        mail.body = InboxTr::tr("From: %1\nSubject: %2\n\n%3")
                        .arg(message.from, message.subject, message.text);
        if (const auto appended = conversations.appendMessage(*id, mail); !appended)
            return Status::failure(appended.errorDetail());
        return conversations.close(*id, now);
    });
}

Status MailInbox::putBack(const InboxItem& item)
{
    if (item.uid <= 0)
        return Status::failure(Error::of(ErrorKind::NotFound, InboxTr::tr("Not a message")));
    // unseen since it was set aside: waiting again once the marks are gone
    return m_mailbox.setFlags(
        item.uid, {}, { ImapMailbox::SetAside, ImapMailbox::SecondTry, ImapMailbox::ThirdTry });
}

} // namespace ClaimDesk
