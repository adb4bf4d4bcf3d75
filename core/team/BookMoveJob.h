#pragma once

#include "storage/BookCopy.h"
#include "storage/CancellableDatabaseWork.h"

#include <QObject>

namespace ClaimDesk {

// File > Move this book to a team server: sets up the team's roles and rules on
// the target book (TeamAdministration::init, which needs a login that may create
// roles) and copies a desk's whole SQLite book into it (BookImport), on the
// thread pool with a connection of its own, so the window shows the rows done
// and can cancel. A cancelled or failed move keeps none of the book on the
// server (the roles and rules, set up first, stay: setting them up is safe to
// repeat). The answer comes back by signal on the owner's thread: finished,
// stopped (cancelled while copying) or failed.
class BookMoveJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookMoveJob)

public:
    explicit BookMoveJob(QObject* parent = nullptr);

    // Ignored while a move runs.
    void start(const DatabaseLocation& target, const QString& sqlitePath);
    void cancel() { m_work.cancel(); }
    bool isRunning() const { return m_work.isRunning(); }

Q_SIGNALS:
    void progressChanged(qint64 rowsDone, qint64 rows);
    void finished(const QList<ClaimDesk::TableCopied>& tables);
    void stopped();
    // `kind`: Unauthenticated when the server wants a password for the login.
    void failed(const QString& message, ClaimDesk::ErrorKind kind);

private:
    std::atomic_bool m_stopped { false }; // the copy stopped because it was cancelled
    CancellableDatabaseWork<QList<TableCopied>> m_work;
};

} // namespace ClaimDesk
