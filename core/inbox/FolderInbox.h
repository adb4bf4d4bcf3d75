#pragma once

#include "inbox/InboxItem.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QStringList>
#include <atomic>

namespace ClaimDesk {

class ClaimBook;
class DocumentImporter;

// One watched folder (a scanner's drop folder, a share other systems export to).
// What arrives in it is taken in once it has settled, and then moved: to
// processed/ once its import committed, or to failed/ with NAME.why.txt beside
// it saying why. Nothing is ever deleted.
//
// - A file in the folder is one arrival; a subfolder is one arrival, all its
//   files (at any depth) together.
// - A claim ID in the file's name, or in the subfolder's name (else in one of its
//   files' names), sends it to that claim.
// - Otherwise, when a file of it is already on a claim (it was sent before, or an
//   import was cut short before its files were moved), it goes to that claim: the
//   importer reports the duplicates and finishes any reading left undone. So an
//   arrival taken again after a kill at any moment ends imported exactly once.
// - Otherwise it opens a new claim whose type the documents tell (ImportTarget::
//   typeFromDocuments), its memo naming the folder.
//
// A file has settled when it has not changed for SettleMs (a scanner or a copy
// still writing it keeps changing it). Hidden files, partial downloads (.part,
// .crdownload, .tmp, ~) and processed/ and failed/ are never arrivals.
//
// Not thread-safe; any thread, with a book and importer opened on that thread.
// A failure of the book (locked, unreachable) leaves the files where they are,
// for the next scan; a file that cannot be moved is named in the item's error.
class FolderInbox final
{
public:
    static constexpr qint64 SettleMs = 2000;

    struct Arrival
    {
        QString item; // relative to the folder
        QStringList files; // absolute paths, in name order
    };

    explicit FolderInbox(QString folder, Clock clock = systemClock());

    QString folder() const { return m_folder; }
    QString source() const; // "folder:" and the absolute path
    // The arrivals that have settled, the one waiting longest first, at most
    // `limit`. Fails when the folder is missing or cannot be listed.
    Result<QList<Arrival>> settled(int limit = 1000) const;
    // Takes one arrival in with `importer` (reading on) into `book`, and moves its
    // files. With `cancel` set, files not finished stay where they are.
    InboxItem take(const Arrival& arrival, ClaimBook& book, DocumentImporter& importer,
        const QString& actor, const std::atomic_bool* cancel = nullptr);

    // Puts a failed item (a file or subfolder in failed/) back in the folder to be
    // taken again; the notes saying why it failed stay in failed/.
    Status putBack(const QString& item) const;

private:
    struct Target;
    Target targetFor(const Arrival& arrival, ClaimBook& book) const;
    // Moves `file` under `subfolder` (processed, failed) keeping its path below
    // the folder; a name taken there gets " (2)", " (3)", ...; empty or the error.
    QString moveInto(const QString& file, const QString& subfolder, const QString& why = {}) const;
    void removeEmptyFolders(const Arrival& arrival) const;

    QString m_folder;
    Clock m_clock;
};

} // namespace ClaimDesk
