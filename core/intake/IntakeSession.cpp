#include "IntakeSession.h"

#include "intake/IntakeReplyPhraser.h"
#include "intake/IntakeTr.h"
#include "llm/LlmClient.h"
#include "logging/LogCategories.h"
#include "ocr/Thumbnail.h"

#include <QCoreApplication>
#include <algorithm>

namespace ClaimDesk {

namespace {

constexpr int ThumbnailSize = 96;

} // namespace

// The session's half on its own thread: the connection, the book and the engine.
class IntakeWorker final : public QObject
{
public:
    std::optional<Database> db;
    std::unique_ptr<ClaimBook> book;
    std::unique_ptr<IntakeEngine> engine;

    // Small pictures of the claim's photos, by document, decoded once.
    QHash<qint64, QImage> thumbnails;

    IntakeView view()
    {
        IntakeView v;
        if (!engine)
            return v;
        v.state = engine->state();
        v.received = received();
        if (const auto list = engine->checklist()) {
            v.checklist = list->items();
            v.complete = list->isComplete();
        }
        v.canSubmit = v.complete && v.state.policyVerified && !v.state.submitted;
        return v;
    }

    // The conversation's documents as the book holds them now; when the book
    // cannot be read, as they were received.
    QList<IntakeReceived> received()
    {
        const IntakeState& state = engine->state();
        const auto summaries = engine->currentSummaries();
        if (!summaries)
            qCWarning(lcSystem).noquote()
                << QStringLiteral("intake: reading the documents failed: %1")
                       .arg(summaries.error());
        cacheThumbnails(state.uploads);
        QList<IntakeReceived> out;
        for (const IntakeUpload& upload : state.uploads) {
            IntakeReceived r { upload, thumbnails.value(upload.documentId) };
            if (summaries && summaries->contains(upload.documentId))
                r.upload.summary = summaries->value(upload.documentId);
            out << r;
        }
        return out;
    }

    // Decodes the thumbnails of the uploads not seen yet; the claim's documents
    // are read only when there is one.
    void cacheThumbnails(const QList<IntakeUpload>& uploads)
    {
        const bool allKnown = std::all_of(uploads.cbegin(), uploads.cend(),
            [this](const IntakeUpload& u) { return thumbnails.contains(u.documentId); });
        if (allKnown)
            return;
        const auto stored = engine->documents();
        if (!stored)
            return; // the list shows no thumbnails this time, and asks again next
        for (const Document& d : *stored) {
            const bool uploaded = std::any_of(uploads.cbegin(), uploads.cend(),
                [&d](const IntakeUpload& u) { return u.documentId == d.id; });
            if (!uploaded || thumbnails.contains(d.id))
                continue;
            const auto bytes = engine->records().bytes(d);
            thumbnails.insert(d.id, bytes ? thumbnailOf(*bytes, ThumbnailSize) : QImage());
        }
    }
};

IntakeSession::IntakeSession(QObject* parent)
    : QObject(parent)
    , m_stop(std::make_shared<std::atomic_bool>(false))
    , m_phraser(new IntakeReplyPhraser(this))
{
    auto* worker = new IntakeWorker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.setObjectName(QStringLiteral("intake"));
    m_thread.start();
    m_clock.start();

    connect(m_phraser, &IntakeReplyPhraser::delta, this, &IntakeSession::replyDelta);
    connect(m_phraser, &IntakeReplyPhraser::finished, this,
        [this](const QString& text, const QString&, const QString&) { phrased(text); });
}

IntakeSession::~IntakeSession()
{
    m_stop->store(true);
    m_phraser->cancel();
    m_thread.quit();
    m_thread.wait();
}

void IntakeSession::setLanguage(ReplyLanguage language)
{
    m_language = language;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, language] {
        if (worker->engine)
            worker->engine->setLanguage(language);
    });
}

void IntakeSession::setLlmClient(LlmClient* client)
{
    m_phraser->setClient(client);
}

void IntakeSession::setWaiting(int delta)
{
    m_waiting += delta;
    updateBusy();
}

void IntakeSession::updateBusy()
{
    if (isBusy() != m_busyShown) {
        m_busyShown = isBusy();
        Q_EMIT busyChanged(m_busyShown);
    }
}

void IntakeSession::open(const DatabaseLocation& location, const DecisionEngine& rules, Clock clock)
{
    setWaiting(+1);
    IntakeWorker* worker = m_worker;
    const ReplyLanguage language = m_language;
    QMetaObject::invokeMethod(worker, [this, worker, location, rules, language, clock] {
        auto db = Database::open(location);
        if (!db) {
            const QString error = db.error();
            QMetaObject::invokeMethod(this, [this, error] {
                setWaiting(-1);
                Q_EMIT failed(IntakeTr::tr("The intake cannot open the database: %1").arg(error));
            });
            return;
        }
        worker->db = *db;
        worker->book = std::make_unique<ClaimBook>(*worker->db, rules, clock);
        worker->engine = std::make_unique<IntakeEngine>(
            *worker->book, IntakeEngine::importingStore(*worker->book, ReadOptions {}), clock);
        worker->engine->setLanguage(language);
        worker->engine->setActor(QStringLiteral("intake"));
        worker->engine->setRecordResponseTimes(false); // measured here, to the finished reply
        QString error;
        auto resumed = worker->engine->resumeLatest();
        if (!resumed)
            error = resumed.error();
        else if (!*resumed) {
            if (auto started = worker->engine->startNew(); !started)
                error = started.error();
        }
        const auto transcript = worker->engine->transcript();
        const QList<IntakeMessage> messages = transcript ? *transcript : QList<IntakeMessage>();
        const IntakeView view = worker->view();
        QMetaObject::invokeMethod(this, [this, messages, view, error] {
            setWaiting(-1);
            if (!error.isEmpty())
                Q_EMIT failed(IntakeTr::tr("The conversation could not be loaded: %1").arg(error));
            Q_EMIT opened(messages, view);
        });
    });
}

void IntakeSession::startNew()
{
    setWaiting(+1);
    IntakeWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker] {
        QString error;
        QList<IntakeMessage> messages;
        if (!worker->engine) {
            error = IntakeTr::tr("the database is not open");
        } else if (auto started = worker->engine->startNew(); !started) {
            error = started.error();
        } else if (auto t = worker->engine->transcript(); t) {
            messages = *t;
        }
        const IntakeView view = worker->view();
        QMetaObject::invokeMethod(this, [this, messages, view, error] {
            setWaiting(-1);
            if (!error.isEmpty())
                Q_EMIT failed(
                    IntakeTr::tr("A new conversation could not be started: %1").arg(error));
            else
                Q_EMIT opened(messages, view);
        });
    });
}

void IntakeSession::send(const IntakeInput& input)
{
    setWaiting(+1);
    m_stop->store(false);
    const qint64 started = m_clock.elapsed();
    IntakeWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, input, started, stop = m_stop] {
        Answer a;
        a.startedMs = started;
        if (!worker->engine) {
            a.reply.error = IntakeError::Storage;
            a.reply.text
                = Bilingual::same(IntakeTr::tr("The intake is not connected to a database."));
        } else {
            a.reply = worker->engine->handle(input, stop.get());
        }
        a.view = worker->view();
        QMetaObject::invokeMethod(this, [this, a] {
            answered(a); // queued for phrasing first: busy does not blink off and on
            setWaiting(-1);
        });
    });
}

void IntakeSession::stopUpload()
{
    m_stop->store(true);
}

void IntakeSession::answered(const Answer& answer)
{
    m_toPhrase.enqueue(answer);
    if (m_toPhrase.size() == 1) // nothing being phrased: this one goes now
        phraseHead();
}

void IntakeSession::phraseHead()
{
    const Answer& answer = m_toPhrase.head();
    m_phraser->phrase(answer.reply.text, m_language, answer.view.state.claimId);
}

void IntakeSession::phrased(const QString& text)
{
    const Answer done = m_toPhrase.dequeue();
    recordResponseTime(m_clock.elapsed() - done.startedMs);
    Q_EMIT replied(done.reply, text, done.view);
    if (!m_toPhrase.isEmpty())
        phraseHead();
    updateBusy();
}

void IntakeSession::recordResponseTime(qint64 ms)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ms] {
        if (worker->engine)
            (void)worker->engine->recordResponseTime(ms);
    });
}

} // namespace ClaimDesk
