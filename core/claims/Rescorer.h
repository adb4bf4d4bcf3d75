#pragma once

#include "decision/DecisionEngine.h"
#include "storage/CancellableDatabaseWork.h"

#include <QDate>
#include <QObject>
#include <atomic>
#include <functional>

namespace ClaimDesk {

// Re-decides every open claim (Submitted, Under Review, Pending) with a new rule
// set, in the background. New decisions are appended; the old ones stay in each
// claim's history. Work is committed in batches, so a cancel keeps what is done.
class Rescorer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Rescorer)

public:
    // Which claims to re-decide: the open ones (the default when rules change),
    // or every claim (an audit of the whole book under a new rule set).
    enum class Scope
    {
        OpenClaims,
        AllClaims
    };

    explicit Rescorer(QObject* parent = nullptr);

    // Starts on the thread pool with its own connection to `location`.
    void start(const DatabaseLocation& location, const DecisionEngine& engine, const QDate& asOf);
    void cancel() { m_work.cancel(); }
    bool isRunning() const { return m_work.isRunning(); }

    // The work itself, synchronous, on the calling thread's connection. progress
    // is called after each batch; returns the number of claims re-decided.
    static Result<qint64> rescore(const Database& db, const DecisionEngine& engine, Scope scope,
        const QDate& asOf, const QDateTime& decidedAt, const std::atomic_bool& canceled,
        const std::function<void(qint64 done, qint64 total)>& progress);

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void finished(qint64 rescored);
    void canceled(qint64 rescored);
    void failed(const QString& message);

private:
    CancellableDatabaseWork<qint64> m_work;
};

} // namespace ClaimDesk
