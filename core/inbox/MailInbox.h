#pragma once

#include "inbox/InboxItem.h"
#include "mail/ImapMailbox.h"
#include "util/Clock.h"
#include "util/InputLimits.h"
#include "util/Result.h"

#include <atomic>
#include <functional>
#include <limits>

namespace ClaimDesk {

class ClaimBook;
class DocumentImporter;
struct MailMessage;

// One IMAP mailbox folder that customers send their bills to. Each waiting
// message (ImapMailbox::waiting: unseen, or left half taken) is one arrival:
//
// - its attachments and inline images become the documents (the importer
//   refuses what is not a document, naming it);
// - a claim ID in the subject sends them to that claim; else the claim this very
//   message opened (a key of its Message-ID, sender and date, else of its UID,
//   is in the memo written with the claim: a message taken before but not
//   marked, or delivered twice; an adjuster who edits that mark away unlinks
//   it), where
//   the importer reports the duplicates; else a new claim whose type the
//   documents tell. Never by content: the same bill from two senders stays two
//   senders' claims, and a mailer's logo in every message joins nothing;
// - the sender, subject and text are kept with the claim as an intake message,
//   once (a message taken again finds its own by its Message-ID);
// - only then is the message marked taken (and seen). A message that cannot be
//   taken ever (larger than MaxMessageBytes, not a message, nothing to take, a
//   claim that does not exist, a take that stopped part way three times) is
//   marked set aside and left unseen for people to see, with the reason in its
//   item; Retry (putBack) makes it wait again. A trouble of the book or the
//   mailbox leaves it waiting, as is, and ends the look; a message that is gone
//   meanwhile is only that message's item.
//
// So a message taken again after a kill at any moment ends imported exactly once.
// Not thread-safe; any thread, with a book and importer opened on that thread.
class MailInbox final
{
public:
    static constexpr qint64 MaxMessageBytes = InputLimits::MailMessageBytes;
    // How often a mailbox is asked when nothing says more is waiting (libcurl has
    // no IMAP IDLE), and how many messages one look takes at most (the rest at
    // the next, soon after), so folders and other mailboxes get their turn.
    static constexpr int LookEveryMs = 60000;
    static constexpr int MessagesPerLook = 20;

    MailInbox(ImapAccount account, QString password, Clock clock = systemClock());

    QString source() const { return m_mailbox.account().source(); }
    // What a claim this mailbox opened has in its memo: "<imap:user@host:993/INBOX>".
    QString memoMark() const;
    ImapMailbox& mailbox() { return m_mailbox; }

    // Takes every waiting message, one after another, calling `taken` with each;
    // stops early when `cancel` is set or the book or the mailbox is in trouble
    // (that item says so). Fails without taking anything when the mailbox cannot
    // be reached or refuses the login.
    // At most `limit` messages a look. One process on this machine takes from a
    // mailbox at a time (a lock file in the user's data folder; Conflict when
    // another holds it). Desks on other machines are not held off: a mailbox
    // belongs in one desk's settings.
    Status takeWaiting(ClaimBook& book, DocumentImporter& importer, const QString& actor,
        const std::atomic_bool* cancel, const std::function<void(const InboxItem&)>& taken,
        int limit = std::numeric_limits<int>::max());
    // The same for the messages `uids` a caller has just asked for (waiting()),
    // in their order: the mailbox is not searched again.
    Status takeEach(const QList<qint64>& uids, ClaimBook& book, DocumentImporter& importer,
        const QString& actor, const std::atomic_bool* cancel,
        const std::function<void(const InboxItem&)>& taken);
    InboxItem take(qint64 uid, ClaimBook& book, DocumentImporter& importer, const QString& actor,
        const std::atomic_bool* cancel = nullptr);
    // A message set aside waits again, to be taken by the next look.
    Status putBack(const InboxItem& item);

private:
    struct Target
    {
        QString claimId;
        bool isNew = false;
        QString error;
    };
    QString lockPath() const;
    Target targetFor(const MailMessage& message, const QString& key, ClaimBook& book) const;
    // The take stopped here, in this process, not by a kill: not counted as a try.
    InboxItem& notCounted(InboxItem& item);
    // Marks the message set aside, with `why` as the item's error.
    InboxItem& setAside(InboxItem& item, const QString& why);
    // The sender, subject and text with the claim, unless this message's are there.
    Status keepMessage(ClaimBook& book, const QString& claimId, const MailMessage& message,
        const QString& key) const;

    ImapMailbox m_mailbox;
    Clock m_clock;
};

} // namespace ClaimDesk
