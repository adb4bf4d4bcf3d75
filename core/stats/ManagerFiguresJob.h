#pragma once

#include "stats/ManagerFigures.h"
#include "storage/LatestDatabaseRead.h"

#include <QObject>

namespace ClaimDesk {

// Computes the manager figures on the thread pool with its own connection; the
// figures arrive by signal. Asking again while a computation runs queues the new
// filter behind it, and only the latest filter's figures are delivered.
class ManagerFiguresJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerFiguresJob)

public:
    explicit ManagerFiguresJob(DatabaseLocation location, QObject* parent = nullptr);

    void request(const FigureFilter& filter);
    bool isRunning() const { return m_read.isRunning(); }

Q_SIGNALS:
    void ready(const ClaimDesk::ManagerFigures& figures);
    void failed(const QString& message);

private:
    LatestDatabaseRead<FigureFilter, ManagerFigures> m_read;
};

} // namespace ClaimDesk
