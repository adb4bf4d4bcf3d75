#include "LlmCall.h"

#include "llm/ApiFormat.h"
#include "llm/JsonSchema.h"
#include "llm/LlmClient.h"
#include "llm/LlmLog.h"
#include "llm/LlmTr.h"
#include "llm/SseParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ClaimDesk {

namespace {

// A reply larger than this is not an answer to our prompts.
constexpr qsizetype MaxBody = 16 * 1024 * 1024;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'f', ms % 1000 == 0 ? 0 : 1);
}

} // namespace

LlmCall::LlmCall(LlmClient* client, LlmRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    for (QTimer* t : { &m_phaseTimer, &m_totalTimer, &m_retryTimer })
        t->setSingleShot(true);
    // A coarse timer may fire up to 5 % early; a server's Retry-After is a minimum.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_phaseTimer, &QTimer::timeout, this, &LlmCall::onPhaseTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, &LlmCall::onTotalTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &LlmCall::sendAttempt);
}

LlmCall::~LlmCall()
{
    dropReply();
}

void LlmCall::start()
{
    if (m_done)
        return; // cancelled before it started
    m_elapsed.start();
    const ProviderConfig& config = m_client->config();
    if (config.isOffline())
        return finish(LlmFailure::Offline, LlmTr::tr("no model is configured (offline mode)"));
    if (const QString problem = config.problem(); !problem.isEmpty())
        return finish(
            LlmFailure::Offline, LlmTr::tr("the model settings are incomplete: %1").arg(problem));
    if (m_client->m_apiKey.isEmpty() && config.kind != ProviderKind::OpenAi)
        // OpenAI-compatible local servers (Ollama, llama.cpp) need no key.
        return finish(LlmFailure::NoKey,
            LlmTr::tr("no API key for %1: store one in Settings > Model, or set "
                      "CLAIMDESK_LLM_API_KEY")
                .arg(providerCode(config.kind)));
    m_totalTimer.start(totalTimeoutMs());
    sendAttempt();
}

void LlmCall::sendAttempt()
{
    if (m_done)
        return;
    CircuitBreaker& breaker = m_client->breaker();
    if (!breaker.allowRequest())
        return finish(LlmFailure::CircuitOpen,
            LlmTr::tr("the model server failed several times in a row; calls are paused for %1 s")
                .arg(seconds(int(std::max<qint64>(breaker.msUntilProbe(), 1000)))));

    ++m_outcome.attempts;
    ++m_roundAttempts;
    const ProviderConfig& config = m_client->config();
    const QNetworkRequest request
        = m_client->m_format->request(config, m_client->m_apiKey, m_request.stream);
    qCDebug(lcLlm).noquote() << "POST" << request.url().toString(QUrl::RemoveQuery) << "attempt"
                             << m_outcome.attempts << '\n'
                             << LlmLog::redactedHeaders(request);

    m_body.clear();
    m_sse = std::make_unique<SseParser>();
    m_streamed = std::make_unique<ParsedReply>();
    m_eventStream = false;
    m_streamDone = false;
    m_streamError.clear();
    m_connected = false;
    m_reply = m_client->m_network->post(request, m_client->m_format->body(m_request, config));
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_connected = true;
        m_phaseTimer.start(m_client->config().readTimeoutMs);
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &LlmCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &LlmCall::onReplyFinished);
    m_phaseTimer.start(config.connectTimeoutMs);
}

void LlmCall::onReadyRead()
{
    if (!m_reply)
        return;
    m_connected = true;
    m_phaseTimer.start(m_client->config().readTimeoutMs);
    if (!m_eventStream) {
        // Decided on the first bytes: an answer streams only when asked to, and a
        // failure status or a plain JSON body is read whole.
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_eventStream = m_request.stream && status >= 200 && status < 300
            && m_reply->header(QNetworkRequest::ContentTypeHeader)
                   .toString()
                   .startsWith(u"text/event-stream");
    }
    if (!m_eventStream) {
        m_body += m_reply->readAll();
        if (m_body.size() > MaxBody) {
            dropReply();
            failed(LlmFailure::BadReply, LlmTr::tr("the model server's reply is too large"), false);
        }
        return;
    }
    for (const SseEvent& event : m_sse->feed(m_reply->readAll())) {
        const ApiFormat::StreamStep step = m_client->m_format->parseEvent(event, *m_streamed);
        if (!step.error.isEmpty())
            m_streamError = step.error;
        if (step.done)
            m_streamDone = true;
        if (!step.delta.isEmpty()) {
            m_shownText = true;
            Q_EMIT textDelta(step.delta);
        }
    }
}

void LlmCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_phaseTimer.stop();
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (!m_reply)
        return; // onReadyRead gave up on it
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const QString errorString = reply->errorString();
    dropReply();

    if (status == 0) {
        failed(LlmFailure::Network, LlmTr::tr("cannot reach the model server: %1").arg(errorString),
            RetryPolicy::isRetryableNetworkError(error));
        return;
    }
    if (status < 200 || status >= 300) {
        const QString detail = ApiFormat::errorMessage(m_body);
        m_outcome.httpStatus = status;
        QString message;
        if (status == 401 || status == 403)
            message = LlmTr::tr("the model server refused the API key (HTTP %1): %2")
                          .arg(status)
                          .arg(detail);
        else
            message = LlmTr::tr("the model server answered HTTP %1: %2").arg(status).arg(detail);
        const auto wait = RetryPolicy::parseRetryAfter(retryAfter, m_client->m_clock());
        failed(LlmFailure::Http, message, RetryPolicy::isRetryableStatus(status), wait.value_or(0));
        return;
    }
    m_outcome.httpStatus = status;
    if (m_eventStream) {
        if (!m_streamError.isEmpty()) {
            failed(LlmFailure::BadReply,
                LlmTr::tr("the model server reported an error mid-answer: %1").arg(m_streamError),
                true);
            return;
        }
        if (!m_streamDone || error != QNetworkReply::NoError) {
            failed(LlmFailure::BadReply, LlmTr::tr("the answer stream was cut off before its end"),
                true);
            return;
        }
        answered(*m_streamed);
        return;
    }
    auto parsed = m_client->m_format->parseReply(m_body);
    if (!parsed) {
        failed(LlmFailure::BadReply, parsed.error(), false);
        return;
    }
    answered(*parsed);
}

void LlmCall::answered(const ParsedReply& reply)
{
    m_client->breaker().recordSuccess();
    m_outcome.tokensIn += reply.tokensIn;
    m_outcome.tokensOut += reply.tokensOut;
    if (!reply.model.isEmpty())
        m_outcome.model = reply.model;
    m_outcome.text = reply.text;
    if (m_request.schema.isEmpty())
        return finish(LlmFailure::None, {});

    auto json = JsonSchema::parseAnswer(reply.text);
    const QString problem = json ? JsonSchema::check(json.value(), m_request.schema) : json.error();
    if (problem.isEmpty()) {
        m_outcome.json = json.value();
        return finish(LlmFailure::None, {});
    }
    if (m_schemaRetried)
        return finish(LlmFailure::SchemaMismatch,
            LlmTr::tr("the model's answer did not have the expected form: %1").arg(problem));
    // Once more, telling the model what was wrong.
    m_schemaRetried = true;
    m_roundAttempts = 0;
    m_request.messages.append({ LlmMessage::Role::Assistant, reply.text, {} });
    m_request.messages.append({ LlmMessage::Role::User,
        QStringLiteral("Your answer did not match the required JSON schema: %1. "
                       "Answer again with only the JSON value.")
            .arg(problem),
        {} });
    voidShownText();
    sendAttempt();
}

void LlmCall::failed(
    LlmFailure failure, const QString& unredacted, bool retryable, qint64 retryAfterMs)
{
    // Everything said of a failure may carry what the server echoed of the request.
    const QString error = LlmLog::withoutSecrets(unredacted, m_client->m_apiKey);
    CircuitBreaker& breaker = m_client->breaker();
    if (failure == LlmFailure::Http && !retryable)
        breaker.recordSuccess(); // the server is up; the request was wrong
    else
        breaker.recordFailure();

    const ProviderConfig& config = m_client->config();
    if (!retryable || m_roundAttempts >= config.maxAttempts)
        return finish(failure, error);
    const qint64 delay
        = std::max<qint64>(m_client->m_retry.backoffMs(m_roundAttempts), retryAfterMs);
    if (delay >= m_totalTimer.remainingTime())
        return finish(failure, LlmTr::tr("%1 (no time left to try again)").arg(error));
    voidShownText();
    qCInfo(lcLlm).noquote() << "attempt" << m_outcome.attempts << "failed:" << error << "- next in"
                            << delay << "ms";
    Q_EMIT retrying(m_outcome.attempts, int(delay), error);
    m_retryTimer.start(int(delay));
}

void LlmCall::onPhaseTimeout()
{
    const ProviderConfig& config = m_client->config();
    const QString error = m_connected
        ? LlmTr::tr("the model server went silent for %1 s").arg(seconds(config.readTimeoutMs))
        : LlmTr::tr("could not connect to the model server within %1 s")
              .arg(seconds(config.connectTimeoutMs));
    dropReply();
    failed(LlmFailure::Timeout, error, true);
}

void LlmCall::onTotalTimeout()
{
    if (m_reply)
        m_client->breaker().recordFailure();
    else
        m_client->breaker().recordAbandoned();
    dropReply();
    finish(LlmFailure::Timeout,
        LlmTr::tr("no complete answer within %1 s").arg(seconds(totalTimeoutMs())));
}

int LlmCall::totalTimeoutMs() const
{
    return m_request.totalTimeoutMs > 0 ? m_request.totalTimeoutMs
                                        : m_client->config().totalTimeoutMs;
}

void LlmCall::voidShownText()
{
    if (m_shownText) {
        m_shownText = false;
        Q_EMIT streamRestarted();
    }
}

void LlmCall::cancel()
{
    if (m_done)
        return;
    if (m_reply)
        m_client->breaker().recordAbandoned();
    dropReply();
    finish(LlmFailure::Cancelled, LlmTr::tr("cancelled"));
}

void LlmCall::dropReply()
{
    m_phaseTimer.stop();
    if (QNetworkReply* r = m_reply) {
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void LlmCall::finish(LlmFailure failure, const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_phaseTimer.stop();
    m_totalTimer.stop();
    m_retryTimer.stop();
    m_outcome.failure = failure;
    m_outcome.error = error;
    m_outcome.latencyMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (m_outcome.model.isEmpty())
        m_outcome.model = m_client->config().model;
    qCInfo(lcLlm).noquote() << operationCode(m_request.operation) << m_outcome.model << "tokens"
                            << m_outcome.tokensIn << '/' << m_outcome.tokensOut
                            << m_outcome.latencyMs << "ms" << failureCode(failure);
    Q_EMIT finished(m_outcome);
    Q_EMIT m_client->callFinished(m_request, m_outcome);
    deleteLater();
}

} // namespace ClaimDesk
