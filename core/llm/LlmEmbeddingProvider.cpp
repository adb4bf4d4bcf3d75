#include "LlmEmbeddingProvider.h"

#include "llm/ApiFormat.h"
#include "llm/LlmLog.h"
#include "llm/LlmTr.h"
#include "llm/RetryPolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace ClaimDesk {

namespace { } // namespace

LlmEmbeddingProvider::LlmEmbeddingProvider(
    ProviderConfig config, QString apiKey, CallRecorder recorder)
    : m_config(std::move(config))
    , m_apiKey(std::move(apiKey))
    , m_recorder(std::move(recorder))
{ }

LlmEmbeddingProvider::~LlmEmbeddingProvider() = default;

Result<QList<QVector<float>>> LlmEmbeddingProvider::embed(const QStringList& texts)
{
    using R = Result<QList<QVector<float>>>;
    if (!m_config.offersEmbeddings())
        return R::failure(LlmTr::tr("the configured provider gives no embeddings (set an embedding "
                                    "model in Settings > Model)"));
    QList<QVector<float>> out;
    for (qsizetype i = 0; i < texts.size(); i += BatchSize) {
        auto batch = embedBatch(texts.mid(i, BatchSize));
        if (!batch)
            return batch;
        if (!out.isEmpty() && !batch->isEmpty() && batch->first().size() != out.first().size())
            return R::failure(
                LlmTr::tr("the embedding model answered vectors of differing lengths"));
        out += *batch;
    }
    return out;
}

Result<QList<QVector<float>>> LlmEmbeddingProvider::embedBatch(const QStringList& texts)
{
    using R = Result<QList<QVector<float>>>;
    // The same URL scheme and key headers as chat, at the embeddings endpoint.
    QNetworkRequest request
        = OpenAiFormat(m_config.kind == ProviderKind::Azure).request(m_config, m_apiKey, false);
    request.setUrl(m_config.embeddingsUrl());
    request.setTransferTimeout(m_config.readTimeoutMs);
    QJsonObject body { { QStringLiteral("input"), QJsonArray::fromStringList(texts) } };
    if (m_config.kind != ProviderKind::Azure) // Azure names the model by its deployment
        body.insert(QStringLiteral("model"), m_config.embeddingModel);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);

    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    const RetryPolicy retry(m_config.backoffBaseMs, m_config.backoffMaxMs);
    QElapsedTimer clock;
    clock.start();
    // what the ledger is told when the batch is done, however it ended
    LlmOutcome outcome;
    outcome.model = m_config.embeddingModel;
    auto finish = [&](R result) {
        outcome.latencyMs = clock.elapsed();
        if (!result) {
            outcome.error = result.error();
            if (outcome.failure == LlmFailure::None)
                outcome.failure = LlmFailure::BadReply;
        }
        if (m_recorder) {
            LlmRequest request;
            request.operation = LlmOperation::Embedding;
            m_recorder(request, outcome);
        }
        return result;
    };
    QString lastError;
    for (int attempt = 1; attempt <= m_config.maxAttempts; ++attempt) {
        outcome.attempts = attempt;
        outcome.failure = LlmFailure::None; // the last attempt's is what counts
        QNetworkReply* reply = m_network->post(request, payload);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        const qint64 left = m_config.totalTimeoutMs - clock.elapsed();
        QTimer::singleShot(std::max<qint64>(1, left), &loop, [reply] { reply->abort(); });
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        const QNetworkReply::NetworkError error = reply->error();
        const QString errorText = reply->errorString();
        const auto retryAfter = RetryPolicy::parseRetryAfter(
            reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        reply->deleteLater();
        outcome.httpStatus = status;
        if (status == 200) {
            const QJsonObject parsed = QJsonDocument::fromJson(answer).object();
            const QJsonArray data = parsed.value(u"data").toArray();
            // what the provider counted: embeddings bill their input only
            const QJsonObject usage = parsed.value(u"usage").toObject();
            outcome.tokensIn
                = usage.value(u"prompt_tokens").toInt(usage.value(u"total_tokens").toInt());
            if (const QString model = parsed.value(u"model").toString(); !model.isEmpty())
                outcome.model = model;
            QList<QVector<float>> vectors(texts.size());
            for (const QJsonValue& item : data) {
                const QJsonObject o = item.toObject();
                const int index = o.value(u"index").toInt(-1);
                if (index < 0 || index >= texts.size())
                    continue;
                const QJsonArray numbers = o.value(u"embedding").toArray();
                QVector<float> v;
                v.reserve(numbers.size());
                for (const QJsonValue& n : numbers)
                    v << float(n.toDouble());
                vectors[index] = v;
            }
            for (const QVector<float>& v : vectors) {
                if (v.isEmpty() || v.size() != vectors.first().size())
                    return finish(R::failure(LlmTr::tr("the embedding model's answer is not one "
                                                       "vector per text of one length")));
            }
            return finish(vectors);
        }
        outcome.failure = status ? LlmFailure::Http
            : error == QNetworkReply::OperationCanceledError
            ? LlmFailure::Timeout // aborted by the total timeout
            : LlmFailure::Network;
        lastError = status
            ? LlmTr::tr("HTTP %1: %2").arg(status).arg(ApiFormat::errorMessage(answer))
            : errorText;
        const bool retryable = status ? RetryPolicy::isRetryableStatus(status)
                                      : RetryPolicy::isRetryableNetworkError(error);
        if (!retryable || attempt == m_config.maxAttempts)
            break;
        const qint64 wait = retryAfter ? *retryAfter : retry.backoffMs(attempt);
        if (clock.elapsed() + wait >= m_config.totalTimeoutMs)
            break; // no time left for another attempt
        QThread::msleep(quint64(wait));
    }
    return finish(R::failure(
        LlmTr::tr("embeddings failed: %1").arg(LlmLog::withoutSecrets(lastError, m_apiKey))));
}

} // namespace ClaimDesk
