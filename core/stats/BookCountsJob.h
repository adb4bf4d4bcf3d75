#pragma once

#include "stats/BookCounts.h"
#include "storage/LatestDatabaseRead.h"

#include <QObject>
#include <variant>

namespace ClaimDesk {

// Counts the book on the thread pool with its own connection, so a window on a
// book of a million claims stays responsive; the counts arrive by signal. A new
// request while one runs is queued behind it (the latest wins).
class BookCountsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookCountsJob)

public:
    explicit BookCountsJob(DatabaseLocation location, QObject* parent = nullptr);

    void request();

Q_SIGNALS:
    void ready(const ClaimDesk::BookCounts& counts);
    void failed(const QString& message);

private:
    LatestDatabaseRead<std::monostate, BookCounts> m_read;
};

} // namespace ClaimDesk
