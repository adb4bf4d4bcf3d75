#pragma once

#include "inbox/InboxItem.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

class QLockFile;

namespace ClaimDesk {

class ClaimBook;
class DocumentImporter;

// One watched folder (a scanner's drop folder, a share other systems export to).
// What arrives in it is taken in once it has settled, and then moved: to
// processed/ once its import committed, or to failed/ with NAME.why.txt beside
// it saying why, when the file itself is at fault (not a document, too large, a
// claim that does not exist). Nothing is ever deleted.
//
// - A file in the folder is one arrival; a subfolder is one arrival, all its
//   files (at any depth) together. Links are not followed.
// - A claim ID in the file's name, or in the subfolder's name (else in one of its
//   files' names), sends it to that claim.
// - Otherwise, when a file of it is already on a claim this folder opened (it was
//   sent twice, or a take was cut short before its files were moved), it goes to
//   that claim: the importer reports the duplicates and finishes any reading left
//   undone. So an arrival taken again after a kill at any moment ends imported
//   exactly once. (A claim opened any other way never takes an arrival by its
//   content: the same form sent by two customers stays two customers'.)
// - Otherwise it opens a new claim whose type the documents tell (ImportTarget::
//   typeFromDocuments), its memo naming this folder.
//
// A trouble of the book (locked, unreachable, a write refused) or a file that
// cannot be opened now leaves the arrival where it is for the next look, and so
// does a take that was stopped; a subfolder moves only when all of it went in.
//
// A file has settled when it has not changed for SettleMs (a scanner or a copy
// still writing it keeps changing it); it is looked at again just before it is
// taken. Hidden files, partial downloads and processed/ and failed/ (in any case)
// are never arrivals.
//
// Only one process takes from a folder at a time (a lock file in it, which a
// process that died on this machine leaves free). Not thread-safe; any thread,
// with a book and importer opened on that thread.
class FolderInbox final
{
public:
    static constexpr qint64 SettleMs = 2000;

    struct Arrival
    {
        QString item; // relative to the folder
        QStringList files; // absolute paths, in name order
        QList<qint64> sizes; // of `files` when listed

        bool operator==(const Arrival&) const = default;
    };

    explicit FolderInbox(QString folder, Clock clock = systemClock());
    ~FolderInbox();

    QString folder() const { return m_folder; }
    QString source() const; // "folder:" and the absolute path
    // What a claim this folder opened has in its memo: "<folder:/srv/scans>".
    QString memoMark() const;
    // The folder and its subfolders (not processed/ and failed/, no links), for a
    // QFileSystemWatcher; empty when the folder is not there.
    QStringList foldersToWatch() const;
    // The arrivals that have settled, the one waiting longest first, at most
    // `limit`. Fails when the folder is missing or cannot be listed.
    Result<QList<Arrival>> settled(int limit = 1000) const;

    // Takes in everything settled, one arrival after another (each looked at
    // again first), calling `taken` with each; stops early when `cancel` is set
    // or the book is in trouble (that item says so). Fails without taking
    // anything when the folder cannot be listed or another process is taking
    // from it.
    Status takeSettled(ClaimBook& book, DocumentImporter& importer, const QString& actor,
        const std::atomic_bool* cancel, const std::function<void(const InboxItem&)>& taken);
    // Takes one arrival in with `importer` (reading on) into `book`, and moves
    // its files. With `cancel` set, nothing of it moves.
    InboxItem take(const Arrival& arrival, ClaimBook& book, DocumentImporter& importer,
        const QString& actor, const std::atomic_bool* cancel = nullptr);
    // Puts the files an item left in failed/ back where they came from, to be
    // taken again; the notes saying why they failed stay in failed/.
    Status putBack(const InboxItem& item) const;

private:
    struct Target;
    Target targetFor(const Arrival& arrival, ClaimBook& book) const;
    std::optional<Arrival> lookAgain(const Arrival& arrival) const;
    // Moves `file` under `subfolder` (processed, failed) keeping its path below
    // the folder; a name taken there gets " (2)", " (3)", ...; the destination or
    // the error (`error` set).
    QString moveInto(
        const QString& file, const QString& subfolder, const QString& why, QString* error) const;
    void removeEmptySubfolders(const Arrival& arrival) const;
    bool holdsLock();

    QString m_folder;
    Clock m_clock;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace ClaimDesk
