#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ClaimDesk {

// What became of one thing that arrived in an inbox (a file, a subfolder of
// files, a message): the claim it went to, the documents stored, or why not.
struct InboxItem
{
    QString source; // "folder:/srv/scans", "imap:somchai@mail.example.com:993/INBOX"
    QString item; // the file or subfolder, relative to the folder; a message's subject and UID
    QString claimId; // empty when nothing reached a claim
    bool newClaim = false;
    QStringList documents; // the files stored (or finished reading) on the claim
    bool duplicate = false; // everything in it was on the claim already
    QString error; // empty when all went well
    // The book could not take it now (locked, unreachable, a write refused): it
    // stays where it was, and so does what was to come after it in this look.
    bool bookTrouble = false;
    // The mailbox could not be reached or refused a request: the message stays
    // waiting, and so does what was to come after it in this look.
    bool sourceTrouble = false;
    qint64 uid = 0; // a message's UID in its mailbox folder (0 for a folder's arrivals)
    bool setAside = false; // a message marked as refused for good (Retry takes it again)
    // Files put aside in failed/: where each is now, and its path in the folder
    // before (for Retry).
    struct PutAside
    {
        QString now;
        QString before;
    };
    QList<PutAside> failed;

    bool ok() const { return error.isEmpty(); }
    // source, item, claim_id, new_claim, documents[], duplicate, error (null when none)
    QJsonObject toJson() const;
};

} // namespace ClaimDesk
