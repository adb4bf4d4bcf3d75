#pragma once

#include "decision/DecisionEngine.h"
#include "domain/DatabaseLocation.h"
#include "intake/IntakeEngine.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QQueue>
#include <QThread>
#include <atomic>

namespace ClaimDesk {

class IntakeReplyPhraser;
class IntakeWorker;
class LlmClient;

// A document of the conversation as its list shows it now.
struct IntakeReceived
{
    IntakeUpload upload; // with what is read from it now
    QImage thumbnail; // a photo's, small; null for a PDF or an unreadable file
};

// What an interface shows of the conversation after each step.
struct IntakeView
{
    IntakeState state;
    QList<IntakeReceived> received; // the state's uploads, as the book holds them now
    QList<ChecklistItem> checklist; // empty before the claim type is known
    bool complete = false; // every required document is here
    bool canSubmit = false; // complete, verified and not submitted yet
};

// The chat intake for an interface: an IntakeEngine on its own thread with its
// own database connection (reading an upload takes seconds of OCR), inputs
// handled in the order sent, replies phrased by the model when one is configured
// and delivered as signals on the owner's thread. Response times are measured
// from the input to the finished reply and stored per claim.
class IntakeSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeSession)

public:
    explicit IntakeSession(QObject* parent = nullptr);
    ~IntakeSession() override;

    // Opens the database on the session's thread and resumes the open
    // conversation touched last, or starts one: opened() or failed() follows.
    // The clock is the conversation's "now" (claim dates, policy periods).
    void open(const DatabaseLocation& location, const DecisionEngine& engine,
        Clock clock = systemClock());
    void setLanguage(ReplyLanguage language);
    ReplyLanguage language() const { return m_language; }
    // Not owned; the model that phrases replies, or null for the templates.
    void setLlmClient(LlmClient* client);

    void send(const IntakeInput& input);
    // Stops the upload being read, if any (the engine then says it was stopped).
    void stopUpload();
    // Closes the conversation and starts a new one (opened() follows).
    void startNew();
    // An input is being handled or a reply is being phrased.
    bool isBusy() const { return m_waiting > 0 || !m_toPhrase.isEmpty(); }

Q_SIGNALS:
    void opened(
        const QList<ClaimDesk::IntakeMessage>& transcript, const ClaimDesk::IntakeView& view);
    void failed(const QString& message);
    void busyChanged(bool busy);
    // The model's words so far, while a reply streams.
    void replyDelta(const QString& textSoFar);
    void replied(const ClaimDesk::IntakeReply& reply, const QString& text,
        const ClaimDesk::IntakeView& view);

private:
    struct Answer
    {
        IntakeReply reply;
        IntakeView view;
        qint64 startedMs = 0;
    };
    void answered(const Answer& answer);
    void phraseHead(); // the queue's head is the reply being phrased
    void phrased(const QString& text);
    void setWaiting(int delta);
    void updateBusy();
    void recordResponseTime(qint64 ms);

    QThread m_thread;
    IntakeWorker* m_worker = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic_bool> m_stop;
    IntakeReplyPhraser* m_phraser = nullptr;
    ReplyLanguage m_language = ReplyLanguage::Both;
    QElapsedTimer m_clock;
    QQueue<Answer> m_toPhrase; // answers in order; the head is being phrased
    int m_waiting = 0; // inputs sent and not answered yet
    bool m_busyShown = false; // what busyChanged() said last
};

} // namespace ClaimDesk
