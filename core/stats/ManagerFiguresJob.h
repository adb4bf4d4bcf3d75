#pragma once

#include "stats/ManagerFigures.h"
#include "storage/DatabaseLocation.h"

#include <QFutureWatcher>
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
    ~ManagerFiguresJob() override;

    void request(const FigureFilter& filter);
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void ready(const ClaimDesk::ManagerFigures& figures);
    void failed(const QString& message);

private:
    void start(const FigureFilter& filter);

    DatabaseLocation m_location;
    QFutureWatcher<Result<ManagerFigures>> m_watcher;
    std::optional<FigureFilter> m_next;
};

} // namespace ClaimDesk
