#pragma once

#include "llm/LlmTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace ClaimDesk {

class LlmClient;
class SseParser;
struct ParsedReply;

// One model call in flight: its attempts, timeouts, streaming and cancel. Made by
// LlmClient::send(); lives on the client's thread and deletes itself after
// finished(), which is emitted exactly once, failures and cancel included.
class LlmCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmCall)

public:
    ~LlmCall() override;

    // Stops the call; finished() follows at once with LlmFailure::Cancelled.
    void cancel();

Q_SIGNALS:
    // Streamed text as it arrives.
    void textDelta(const QString& text);
    // A stream was cut after some text was shown and is being asked again: the
    // text shown so far is void.
    void streamRestarted();
    // An attempt failed and another follows in `delayMs`.
    void retrying(int attempt, int delayMs, const QString& reason);
    void finished(const ClaimDesk::LlmOutcome& outcome);

private:
    friend class LlmClient;
    LlmCall(LlmClient* client, LlmRequest request);

    void start();
    void sendAttempt();
    void onReadyRead();
    void onReplyFinished();
    void onPhaseTimeout();
    void onTotalTimeout();
    void answered(const ParsedReply& reply);
    void failed(LlmFailure failure, const QString& error, bool retryable, qint64 retryAfterMs = 0);
    void finish(LlmFailure failure, const QString& error);
    void dropReply();
    // The request's own bound, else the provider's.
    int totalTimeoutMs() const;
    // Text streamed so far will be replaced (the request is sent again): say so.
    void voidShownText();

    LlmClient* m_client;
    LlmRequest m_request;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<SseParser> m_sse;
    std::unique_ptr<ParsedReply> m_streamed;
    QByteArray m_body;
    QTimer m_phaseTimer; // connect, then read inactivity
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    LlmOutcome m_outcome;
    int m_roundAttempts = 0; // attempts for the current request (reset by the schema retry)
    bool m_connected = false;
    bool m_eventStream = false; // this attempt's answer is a server-sent event stream
    bool m_streamDone = false;
    bool m_shownText = false;
    bool m_schemaRetried = false;
    bool m_done = false;
    QString m_streamError;
};

} // namespace ClaimDesk
