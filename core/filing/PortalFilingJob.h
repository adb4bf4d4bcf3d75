#pragma once

#include "PortalFilings.h"
#include "domain/DatabaseLocation.h"
#include "portal/PortalRun.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>
#include <memory>

namespace ClaimDesk {

class DatabaseWorker;

// Files claims on one insurer portal, one after another, or reads their status
// there: the book is read and written on a worker (PortalFilings), the portal is
// driven in the page given (PortalRun), which a person may watch in the Portal
// tab. A claim an earlier run may have filed is looked up on the portal's status
// page before it is filed again; a portal that is down, slow or unreachable is
// tried again after a backoff (RetryPolicy), at most `attempts` times, and a
// circuit breaker per portal stops trying one that keeps failing (the claims
// after it fail at once, saying so). Claims on one portal are spaced by the
// recipe's seconds_between_claims. GUI thread (Qt WebEngine's); one batch at a
// time. finished() comes once per batch, also after cancel().
class PortalFilingJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalFilingJob)

public:
    PortalFilingJob(DatabaseLocation location, PortalPage* page, std::function<QObject*()> pointer,
        QObject* parent = nullptr);
    ~PortalFilingJob() override;

    void setSnapshot(std::function<QImage()> snapshot);
    void setPassword(const QString& password) { m_password = password; }
    // Tries per claim and the first backoff (tests shorten it).
    void setRetries(int attempts, int firstBackoffMs);

    void file(const QStringList& claimIds, const QString& portal, bool force, const QString& actor);
    // Every claim filed on the portal when `claimIds` is empty.
    void checkStatus(const QStringList& claimIds, const QString& portal, const QString& actor);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total, const QString& claimId);
    void stepStarted(const QString& claimId, int index, int count, const QString& what);
    void claimFiled(const ClaimDesk::FilingResult& result);
    void statusRead(const ClaimDesk::StatusRead& read);
    void finished(bool cancelled);

private:
    void next();
    void filePlanned(const Result<FilingPlan>& plan);
    void runFiling();
    void filingAnswered(const PortalAnswer& answer);
    void lookUpAnswered(const PortalAnswer& answer);
    void statusAnswered(const PortalAnswer& answer);
    void recordAndNext(const PortalAnswer& answer);
    void report(const FilingResult& result);
    void startRun(PortalTask task, std::function<void(const PortalAnswer&)> then);
    void startChecking(
        const Result<QList<PortalSubmission>>& filed, const Result<InsurerPortal>& portal);
    void done();
    // Waits (spacing, backoff) that cancel() ends at once.
    void wait(qint64 ms, std::function<void()> then);

    std::unique_ptr<DatabaseWorker> m_worker;
    PortalRun* m_run;
    QString m_password;
    int m_attempts = 3;
    int m_firstBackoffMs = 2000;

    bool m_running = false;
    bool m_cancelled = false;
    bool m_checking = false;
    QStringList m_claimIds;
    int m_done = 0;
    QString m_portal;
    InsurerPortal m_portalRecord;
    PortalRecipe m_checkRecipe; // checkStatus: parsed once for the batch
    bool m_force = false;
    QString m_actor;
    FilingPlan m_plan;
    int m_try = 0;
    std::unique_ptr<QTemporaryDir> m_files;
    std::function<void(const PortalAnswer&)> m_then;
    QList<PortalStepDone> m_steps; // every try's steps for the claim being filed
    QTimer m_wait;
    std::function<void()> m_afterWait;
};

} // namespace ClaimDesk
