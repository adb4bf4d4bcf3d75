#include "PortalFilingJob.h"

#include "FilingTr.h"
#include "PortalDirectory.h"
#include "llm/CircuitBreaker.h"
#include "llm/RetryPolicy.h"
#include "storage/DatabaseWorker.h"

#include <QDateTime>
#include <QTimer>
#include <limits>
#include <unordered_map>

namespace ClaimDesk {

namespace {

// Five runs in a row that found the portal down open its circuit for a minute.
constexpr int BreakerThreshold = 5;
constexpr int BreakerCooldownMs = 60'000;

// What is kept of a portal (by its address) for every job of the process: its
// circuit breaker and when a claim was last filed on it, for the rate limit.
// GUI thread only, as the jobs are.
struct PortalPace
{
    CircuitBreaker breaker { BreakerThreshold, BreakerCooldownMs };
    QDateTime lastRun;
};

PortalPace& paceOf(const QString& portalUrl)
{
    static std::unordered_map<QString, PortalPace> paces;
    return paces[portalUrl];
}

CircuitBreaker& breakerFor(const QString& portalUrl)
{
    return paceOf(portalUrl).breaker;
}

struct CheckList
{
    InsurerPortal portal;
    QList<PortalSubmission> filed;
};

} // namespace

PortalFilingJob::PortalFilingJob(
    DatabaseLocation location, PortalPage* page, std::function<QObject*()> pointer, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<DatabaseWorker>(std::move(location)))
    , m_run(new PortalRun(page, std::move(pointer), this))
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] {
        if (auto then = std::exchange(m_afterWait, {}))
            then();
    });
    connect(m_run, &PortalRun::finished, this, [this](const PortalAnswer& answer) {
        if (auto then = std::exchange(m_then, {}))
            then(answer);
    });
    connect(
        m_run, &PortalRun::stepStarted, this, [this](int index, int count, const QString& what) {
            emit stepStarted(m_claimIds.value(m_done), index, count, what);
        });
}

PortalFilingJob::~PortalFilingJob() = default;

void PortalFilingJob::setSnapshot(std::function<QImage()> snapshot)
{
    m_run->setSnapshot(std::move(snapshot));
}

void PortalFilingJob::setRetries(int attempts, int firstBackoffMs)
{
    m_attempts = qMax(1, attempts);
    m_firstBackoffMs = qMax(0, firstBackoffMs);
}

void PortalFilingJob::file(
    const QStringList& claimIds, const QString& portal, bool force, const QString& actor)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelled = false;
    m_checking = false;
    m_claimIds = claimIds;
    m_done = 0;
    m_portal = portal;
    m_force = force;
    m_actor = actor;
    next();
}

void PortalFilingJob::checkStatus(
    const QStringList& claimIds, const QString& portal, const QString& actor)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelled = false;
    m_checking = true;
    m_portal = portal;
    m_actor = actor;
    m_done = 0;
    const QString one = claimIds.size() == 1 ? claimIds.first() : QString();
    m_worker->submitOnBook<Result<CheckList>>(
        this,
        [portal, one, claimIds](const Database& db) -> Result<CheckList> {
            auto record = PortalDirectory::find(db, portal);
            if (!record)
                return Result<CheckList>::failure(record.errorDetail());
            auto filed = PortalFilings::toCheck(db, portal, one);
            if (!filed)
                return Result<CheckList>::failure(filed.errorDetail());
            CheckList list { *record, {} };
            for (const PortalSubmission& s : *filed) {
                if (claimIds.isEmpty() || claimIds.contains(s.claimId))
                    list.filed << s;
            }
            return list;
        },
        [this](const Result<CheckList>& list) {
            if (!list) {
                StatusRead failed;
                failed.error = list.error();
                emit statusRead(failed);
                done();
                return;
            }
            m_portalRecord = list->portal;
            auto recipe = PortalRecipe::parse(m_portalRecord.recipeJson);
            if (!recipe) { // said once for the batch, not once a claim
                StatusRead failed;
                failed.error = FilingTr::tr("The recipe of %1 is refused: %2")
                                   .arg(m_portalRecord.name, recipe.error());
                emit statusRead(failed);
                done();
                return;
            }
            m_checkRecipe = *recipe;
            m_claimIds.clear();
            for (const PortalSubmission& s : list->filed)
                m_claimIds << s.claimId;
            next();
        });
}

void PortalFilingJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_run->cancel(); // its answer is recorded as it came; then done()
    if (m_wait.isActive()) { // spacing or backoff: end it now
        m_wait.stop();
        if (auto then = std::exchange(m_afterWait, {}))
            then();
    }
}

void PortalFilingJob::next()
{
    if (m_cancelled || m_done >= m_claimIds.size()) {
        done();
        return;
    }
    emit progress(m_done, m_claimIds.size(), m_claimIds.at(m_done));
    const QString claimId = m_claimIds.at(m_done);
    if (m_checking) {
        PortalTask task;
        task.mode = PortalTask::Mode::LookUp;
        task.recipe = m_checkRecipe;
        task.baseUrl = QUrl(m_portalRecord.baseUrl);
        task.values.set(QStringLiteral("claim_id"), claimId);
        task.values.set(QStringLiteral("login"), m_portalRecord.login);
        task.values.set(QStringLiteral("password"), m_password);
        startRun(task, [this](const PortalAnswer& a) { statusAnswered(a); });
        return;
    }
    m_files = std::make_unique<QTemporaryDir>();
    m_try = 0;
    m_steps.clear();
    if (!m_files->isValid()) {
        report({ claimId, m_portal, FilingResult::Outcome::Failed, {}, 0, {},
            FilingTr::tr("no folder for the claim's documents: %1").arg(m_files->errorString()) });
        return;
    }
    const QString dir = m_files->path();
    const QString portal = m_portal;
    const bool force = m_force;
    const QString actor = m_actor;
    m_worker->submitOnBook<Result<FilingPlan>>(
        this,
        [=](const Database& db) {
            return PortalFilings::plan(db, claimId, portal, force, dir, actor);
        },
        [this](const Result<FilingPlan>& plan) { filePlanned(plan); });
}

void PortalFilingJob::filePlanned(const Result<FilingPlan>& plan)
{
    const QString claimId = m_claimIds.at(m_done);
    if (!plan) {
        report({ claimId, m_portal, FilingResult::Outcome::Failed, {}, 0, {}, plan.error() });
        return;
    }
    if (plan->alreadyFiled) {
        report({ claimId, m_portal, FilingResult::Outcome::AlreadySubmitted,
            plan->submission.reference, plan->submission.evidenceDocumentId, {}, {} });
        return;
    }
    m_plan = *plan;
    m_plan.task.values.set(QStringLiteral("password"), m_password);
    CircuitBreaker& breaker = breakerFor(m_plan.portal.baseUrl);
    if (!breaker.allowRequest()) {
        PortalAnswer notTried;
        notTried.error = FilingTr::tr("%1 kept failing; not tried again for %n second(s)", nullptr,
            int((breaker.msUntilProbe() + 999) / 1000))
                             .arg(m_portal);
        recordAndNext(notTried);
        return;
    }
    runFiling();
}

void PortalFilingJob::runFiling()
{
    ++m_try;
    // The portal's rate limit: claims spaced by the recipe's interval.
    const QDateTime last = paceOf(m_plan.portal.baseUrl).lastRun;
    const qint64 spacingMs = m_plan.task.recipe.secondsBetweenClaims * 1000LL;
    const qint64 waitMs = last.isValid()
        ? qMax<qint64>(0, spacingMs - last.msecsTo(QDateTime::currentDateTimeUtc()))
        : 0;
    wait(waitMs, [this] {
        if (m_cancelled) {
            breakerFor(m_plan.portal.baseUrl).recordAbandoned();
            PortalAnswer cancelled;
            cancelled.error = FilingTr::tr("cancelled");
            recordAndNext(cancelled);
            return;
        }
        paceOf(m_plan.portal.baseUrl).lastRun = QDateTime::currentDateTimeUtc();
        PortalTask task = m_plan.task;
        if (m_plan.lookFirst) {
            task.mode = PortalTask::Mode::LookUp;
            startRun(task, [this](const PortalAnswer& a) { lookUpAnswered(a); });
        } else {
            startRun(task, [this](const PortalAnswer& a) { filingAnswered(a); });
        }
    });
}

void PortalFilingJob::lookUpAnswered(const PortalAnswer& answer)
{
    if (answer.end == PortalAnswer::End::NotFound) {
        // Not on the portal: the earlier run did not file it. File it now.
        m_plan.lookFirst = false;
        PortalTask task = m_plan.task;
        startRun(task, [this](const PortalAnswer& a) { filingAnswered(a); });
        return;
    }
    if (answer.end == PortalAnswer::End::Found) {
        breakerFor(m_plan.portal.baseUrl).recordSuccess();
        recordAndNext(answer);
        return;
    }
    // Could not tell: filing again might file it twice, so it stops here.
    PortalAnswer stopped = answer;
    stopped.error
        = FilingTr::tr("an earlier run may have filed it, and the status page could not be "
                       "read (%1); not filed again")
              .arg(answer.error);
    filingAnswered(stopped);
}

void PortalFilingJob::filingAnswered(const PortalAnswer& answer)
{
    CircuitBreaker& breaker = breakerFor(m_plan.portal.baseUrl);
    const bool portalDown = answer.end == PortalAnswer::End::Failed && answer.worthRetrying;
    if (m_cancelled && !portalDown) {
        breaker.recordAbandoned(); // says nothing of the portal
        recordAndNext(answer);
        return;
    }
    if (!portalDown) {
        breaker.recordSuccess();
        recordAndNext(answer);
        return;
    }
    breaker.recordFailure();
    if (m_cancelled || m_try >= m_attempts || !breaker.allowRequest()) {
        recordAndNext(answer);
        return;
    }
    // The click may have filed it: the next try looks it up first.
    m_plan.lookFirst = m_plan.lookFirst || answer.passedSubmitPoint;
    m_plan.submission.sent = m_plan.submission.sent || answer.passedSubmitPoint;
    const int waitMs = RetryPolicy(m_firstBackoffMs, m_firstBackoffMs * 8).backoffMs(m_try);
    emit stepStarted(m_plan.claimId, 0, 0,
        FilingTr::tr("%1; trying again in %n second(s)", nullptr, (waitMs + 999) / 1000)
            .arg(answer.error));
    wait(waitMs, [this] { runFiling(); });
}

void PortalFilingJob::wait(qint64 ms, std::function<void()> then)
{
    m_afterWait = std::move(then);
    m_wait.start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
}

void PortalFilingJob::recordAndNext(const PortalAnswer& last)
{
    // Every try's steps go to the audit trail, not only the last one's.
    PortalAnswer answer = last;
    answer.steps = m_steps + last.steps;
    const FilingPlan plan = m_plan;
    const QString actor = m_actor;
    m_worker->submitOnBook<Result<FilingResult>>(
        this,
        [plan, answer, actor](
            const Database& db) { return PortalFilings::record(db, plan, answer, actor); },
        [this, reference = answer.reference](const Result<FilingResult>& result) {
            if (result) {
                report(*result);
                return;
            }
            report({ m_plan.claimId, m_portal, FilingResult::Outcome::Failed, reference, 0, {},
                FilingTr::tr("what the portal answered could not be recorded: %1")
                    .arg(result.error()) });
        });
}

void PortalFilingJob::statusAnswered(const PortalAnswer& answer)
{
    const InsurerPortal portal = m_portalRecord;
    const QString claimId = m_claimIds.at(m_done);
    const QString actor = m_actor;
    m_worker->submitOnBook<Result<StatusRead>>(
        this,
        [portal, claimId, answer, actor](const Database& db) {
            return PortalFilings::recordStatus(db, portal, claimId, answer, actor);
        },
        [this, claimId](const Result<StatusRead>& read) {
            StatusRead r;
            if (read)
                r = *read;
            r.claimId = claimId;
            if (!read)
                r.error = read.error();
            emit statusRead(r);
            ++m_done;
            next();
        });
}

void PortalFilingJob::report(const FilingResult& result)
{
    m_files.reset();
    emit claimFiled(result);
    ++m_done;
    next();
}

void PortalFilingJob::startRun(PortalTask task, std::function<void(const PortalAnswer&)> then)
{
    m_then = [this, then = std::move(then)](const PortalAnswer& answer) {
        if (!m_checking)
            m_steps += answer.steps;
        PortalAnswer mine = answer;
        mine.steps.clear(); // kept in m_steps
        then(mine);
    };
    m_run->start(task);
}

void PortalFilingJob::done()
{
    m_files.reset();
    m_running = false;
    emit progress(m_done, m_claimIds.size(), QString());
    emit finished(m_cancelled);
}

} // namespace ClaimDesk
