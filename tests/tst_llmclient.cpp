// The model client against a scripted local server: the three API formats,
// retries and Retry-After, the circuit breaker, streaming (and a cut stream),
// timeouts, cancel, structured answers, and keys kept out of the logs.
#include "MockLlmServer.h"
#include "llm/CircuitBreaker.h"
#include "llm/LlmCall.h"
#include "llm/LlmClient.h"
#include "llm/LlmLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace ClaimDesk;

namespace {

QByteArray openAiDelta(const QString& text)
{
    return "data: "
        + QJsonDocument(QJsonObject { { QStringLiteral("model"), QStringLiteral("mock-1") },
                            { QStringLiteral("choices"),
                                QJsonArray { QJsonObject { { QStringLiteral("delta"),
                                    QJsonObject { { QStringLiteral("content"), text } } } } } } })
              .toJson(QJsonDocument::Compact);
}

QJsonObject bodyOf(const MockLlmServer& server, int i)
{
    return QJsonDocument::fromJson(server.requestBody(i)).object();
}

ProviderConfig fastConfig(const MockLlmServer& server, ProviderKind kind = ProviderKind::OpenAi)
{
    ProviderConfig c;
    c.kind = kind;
    c.baseUrl = server.url();
    c.model = QStringLiteral("mock-1");
    c.backoffBaseMs = 5;
    c.backoffMaxMs = 20;
    c.connectTimeoutMs = 2000;
    c.readTimeoutMs = 5000;
    c.totalTimeoutMs = 20'000;
    return c;
}

LlmRequest ask(const QString& text, bool stream = false)
{
    LlmRequest r;
    r.operation = LlmOperation::Summary;
    r.claimId = QStringLiteral("CLM-1");
    r.system = QStringLiteral("Summarise.");
    r.messages.append({ LlmMessage::Role::User, text, {} });
    r.stream = stream;
    return r;
}

// Sends and waits for the outcome (on signals, no sleeping).
LlmOutcome run(LlmClient& client, LlmRequest request, QStringList* deltas = nullptr,
    int* restarts = nullptr, QList<int>* retryDelays = nullptr)
{
    LlmCall* call = client.send(std::move(request));
    LlmOutcome outcome;
    bool done = false;
    QObject::connect(call, &LlmCall::finished, [&](const LlmOutcome& o) {
        outcome = o;
        done = true;
    });
    if (deltas)
        QObject::connect(call, &LlmCall::textDelta, [deltas](const QString& t) { *deltas << t; });
    if (restarts)
        QObject::connect(call, &LlmCall::streamRestarted, [restarts] { ++*restarts; });
    if (retryDelays)
        QObject::connect(call, &LlmCall::retrying,
            [retryDelays](int, int delay, const QString&) { *retryDelays << delay; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30'000); }();
    return outcome;
}

} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAiRequestAndReply()
    {
        MockLlmServer server;
        server.script({ MockLlmServer::json(
            MockLlmServer::openAiAnswer(QStringLiteral("A short summary."))) });
        LlmClient client(fastConfig(server), QStringLiteral("sk-test"));
        const LlmOutcome o = run(client, ask(QStringLiteral("claim data")));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.text, QStringLiteral("A short summary."));
        QCOMPARE(o.tokensIn, 12);
        QCOMPARE(o.tokensOut, 5);
        QCOMPARE(o.attempts, 1);
        QVERIFY(server.request(0).startsWith("POST /v1/chat/completions "));
        QVERIFY(server.request(0).contains("Authorization: Bearer sk-test"));
        const QJsonObject body = bodyOf(server, 0);
        QCOMPARE(body.value(u"model").toString(), QStringLiteral("mock-1"));
        const QJsonArray messages = body.value(u"messages").toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(u"role").toString(), QStringLiteral("system"));
        QCOMPARE(
            messages.at(1).toObject().value(u"content").toString(), QStringLiteral("claim data"));
    }

    void azureUsesDeploymentUrlAndApiKeyHeader()
    {
        MockLlmServer server;
        server.script({ MockLlmServer::json(MockLlmServer::openAiAnswer(QStringLiteral("ok"))) });
        ProviderConfig c = fastConfig(server, ProviderKind::Azure);
        c.baseUrl = QUrl(server.url().toString().replace(QStringLiteral("/v1"), QString()));
        c.model = QStringLiteral("claims-gpt");
        c.apiVersion = QStringLiteral("2024-10-21");
        LlmClient client(c, QStringLiteral("az-key"));
        QVERIFY(run(client, ask(QStringLiteral("x"))).ok());
        QVERIFY2(
            server.request(0).startsWith(
                "POST /openai/deployments/claims-gpt/chat/completions?api-version=2024-10-21 "),
            server.request(0).left(120).constData());
        QVERIFY(server.request(0).contains("api-key: az-key"));
        QVERIFY(!server.request(0).contains("Authorization"));
    }

    void anthropicStructuredAnswerThroughTool()
    {
        MockLlmServer server;
        const QByteArray reply = R"({"model":"claude-mock","stop_reason":"tool_use",
            "content":[{"type":"tool_use","name":"answer","input":{"decision":"STANDARD_REVIEW","confidence":0.8}}],
            "usage":{"input_tokens":100,"output_tokens":20}})";
        server.script({ MockLlmServer::json(reply) });
        LlmClient client(fastConfig(server, ProviderKind::Anthropic), QStringLiteral("ant-key"));
        LlmRequest r = ask(QStringLiteral("decide"));
        r.schema = QJsonObject { { QStringLiteral("type"), QStringLiteral("object") },
            { QStringLiteral("required"), QJsonArray { QStringLiteral("decision") } },
            { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("decision"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } } } } };
        const LlmOutcome o = run(client, r);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(
            o.json.toObject().value(u"decision").toString(), QStringLiteral("STANDARD_REVIEW"));
        QCOMPARE(o.model, QStringLiteral("claude-mock"));
        QCOMPARE(o.tokensIn, 100);
        QVERIFY(server.request(0).startsWith("POST /v1/v1/messages ")
            || server.request(0).startsWith("POST /v1/messages "));
        QVERIFY(server.request(0).contains("x-api-key: ant-key"));
        QVERIFY(server.request(0).contains("anthropic-version: 2023-06-01"));
        const QJsonObject body = bodyOf(server, 0);
        QCOMPARE(body.value(u"system").toString(), QStringLiteral("Summarise."));
        QCOMPARE(body.value(u"tool_choice").toObject().value(u"name").toString(),
            QStringLiteral("answer"));
    }

    void retriesServerErrorsThenSucceeds()
    {
        MockLlmServer server;
        server.script({ MockLlmServer::json(R"({"error":{"message":"overloaded"}})", 503),
            MockLlmServer::json(R"({"error":{"message":"busy"}})", 502),
            MockLlmServer::json(MockLlmServer::openAiAnswer(QStringLiteral("fine"))) });
        LlmClient client(fastConfig(server));
        QList<int> delays;
        const LlmOutcome o = run(client, ask(QStringLiteral("x")), nullptr, nullptr, &delays);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.attempts, 3);
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(delays.size(), 2);
        QCOMPARE(client.breaker().state(), CircuitBreaker::State::Closed);
    }

    void honoursRetryAfter()
    {
        MockLlmServer server;
        MockLlmServer::Response limited
            = MockLlmServer::json(R"({"error":{"message":"rate"}})", 429);
        limited.headers << qMakePair(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        server.script({ limited,
            MockLlmServer::json(MockLlmServer::openAiAnswer(QStringLiteral("after wait"))) });
        LlmClient client(fastConfig(server));
        QList<int> delays;
        const LlmOutcome o = run(client, ask(QStringLiteral("x")), nullptr, nullptr, &delays);
        QVERIFY(o.ok());
        QCOMPARE(delays, QList<int> { 1000 }); // the server's wait beats the 5 ms backoff
        QVERIFY(o.latencyMs >= 1000);
    }

    void doesNotRetryClientErrors()
    {
        MockLlmServer server;
        server.script({ MockLlmServer::json(R"({"error":{"message":"model not found"}})", 404) });
        LlmClient client(fastConfig(server));
        const LlmOutcome o = run(client, ask(QStringLiteral("x")));
        QCOMPARE(o.failure, LlmFailure::Http);
        QCOMPARE(o.httpStatus, 404);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY2(o.error.contains(QStringLiteral("model not found")), qPrintable(o.error));
    }

    void refusedKeyIsNamed()
    {
        MockLlmServer server;
        server.script({ MockLlmServer::json(R"({"error":{"message":"invalid x-api-key"}})", 401) });
        LlmClient client(fastConfig(server, ProviderKind::Anthropic), QStringLiteral("bad"));
        const LlmOutcome o = run(client, ask(QStringLiteral("x")));
        QCOMPARE(o.failure, LlmFailure::Http);
        QVERIFY2(o.error.contains(QStringLiteral("refused the API key")), qPrintable(o.error));
        QVERIFY(!o.error.contains(QStringLiteral("bad")));
    }

    void aKeyTheServerEchoesIsNotRepeated()
    {
        // a proxy that puts the request's credentials in its error body
        const QString key = QStringLiteral("sk-live-0123456789abcdef");
        MockLlmServer server;
        server.script({ MockLlmServer::json(
            R"({"error":{"message":"bad request with Authorization: Bearer sk-live-0123456789abcdef)"
            R"( and x-api-key=sk-live-0123456789abcdef, api-key: other-secret-value"}})",
            400) });
        LlmClient client(fastConfig(server), key);
        const LlmOutcome o = run(client, ask(QStringLiteral("x")));
        QCOMPARE(o.failure, LlmFailure::Http);
        QVERIFY2(!o.error.contains(key), qPrintable(o.error));
        QVERIFY2(!o.error.contains(u"other-secret-value"), qPrintable(o.error));
        QVERIFY2(o.error.contains(u"[redacted]"), qPrintable(o.error));
        QVERIFY2(o.error.contains(u"bad request"), qPrintable(o.error));
    }

    void stopsAtTheAttemptLimit()
    {
        MockLlmServer server;
        server.script({ MockLlmServer::json(R"({"error":{"message":"down"}})", 500) });
        ProviderConfig c = fastConfig(server);
        c.maxAttempts = 3;
        c.breakerThreshold = 100;
        LlmClient client(c);
        const LlmOutcome o = run(client, ask(QStringLiteral("x")));
        QCOMPARE(o.failure, LlmFailure::Http);
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(o.attempts, 3);
    }

    void circuitBreakerOpensThenProbes()
    {
        MockLlmServer server;
        server.script({ MockLlmServer::json(R"({"error":{"message":"down"}})", 500),
            MockLlmServer::json(R"({"error":{"message":"down"}})", 500),
            MockLlmServer::json(MockLlmServer::openAiAnswer(QStringLiteral("back"))) });
        ProviderConfig c = fastConfig(server);
        c.maxAttempts = 1;
        c.breakerThreshold = 2;
        c.breakerCooldownMs = 60'000;
        LlmClient client(c);
        QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        client.setClock([&now] { return now; });

        QCOMPARE(run(client, ask(QStringLiteral("1"))).failure, LlmFailure::Http);
        QCOMPARE(run(client, ask(QStringLiteral("2"))).failure, LlmFailure::Http);
        QCOMPARE(client.breaker().state(), CircuitBreaker::State::Open);
        const LlmOutcome refused = run(client, ask(QStringLiteral("3")));
        QCOMPARE(refused.failure, LlmFailure::CircuitOpen);
        QCOMPARE(server.requestCount(), 2); // no network while open

        now = now.addSecs(61); // cool-down over: one probe goes through
        QCOMPARE(client.breaker().state(), CircuitBreaker::State::HalfOpen);
        const LlmOutcome probe = run(client, ask(QStringLiteral("4")));
        QVERIFY2(probe.ok(), qPrintable(probe.error));
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(client.breaker().state(), CircuitBreaker::State::Closed);
    }

    void streamsOpenAiText()
    {
        MockLlmServer server;
        server.script({ MockLlmServer::events({ openAiDelta(QStringLiteral("The claim ")),
            openAiDelta(QStringLiteral("is for ")), openAiDelta(QStringLiteral("a hospital stay.")),
            R"(data: {"choices":[],"usage":{"prompt_tokens":40,"completion_tokens":9}})",
            "data: [DONE]" }) });
        LlmClient client(fastConfig(server));
        QStringList deltas;
        const LlmOutcome o = run(client, ask(QStringLiteral("x"), true), &deltas);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(deltas,
            (QStringList { QStringLiteral("The claim "), QStringLiteral("is for "),
                QStringLiteral("a hospital stay.") }));
        QCOMPARE(o.text, QStringLiteral("The claim is for a hospital stay."));
        QCOMPARE(o.tokensOut, 9);
        QCOMPARE(bodyOf(server, 0).value(u"stream").toBool(), true);
    }

    void streamsAnthropicText()
    {
        MockLlmServer server;
        server.script(
            { MockLlmServer::events({ "event: message_start\ndata: "
                                      "{\"type\":\"message_start\",\"message\":{\"model\":\"claude-"
                                      "mock\",\"usage\":{\"input_tokens\":30}}}",
                "event: content_block_delta\ndata: "
                "{\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":"
                "\"สวัสดี \"}}",
                "event: ping\ndata: {\"type\":\"ping\"}",
                "event: content_block_delta\ndata: "
                "{\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":"
                "\"ครับ\"}}",
                "event: message_delta\ndata: "
                "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{"
                "\"output_tokens\":7}}",
                "event: message_stop\ndata: {\"type\":\"message_stop\"}" }) });
        LlmClient client(fastConfig(server, ProviderKind::Anthropic), QStringLiteral("k"));
        QStringList deltas;
        const LlmOutcome o = run(client, ask(QStringLiteral("x"), true), &deltas);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(deltas.size(), 2);
        QCOMPARE(o.text, QStringLiteral("สวัสดี ครับ"));
        QCOMPARE(o.tokensIn, 30);
        QCOMPARE(o.tokensOut, 7);
        QCOMPARE(o.model, QStringLiteral("claude-mock"));
    }

    void cutStreamIsAskedAgain()
    {
        MockLlmServer server;
        server.script({ MockLlmServer::events({ openAiDelta(QStringLiteral("Half ")),
                                                  openAiDelta(QStringLiteral("an ")) },
                            true),
            MockLlmServer::events(
                { openAiDelta(QStringLiteral("Whole answer.")), "data: [DONE]" }) });
        LlmClient client(fastConfig(server));
        QStringList deltas;
        int restarts = 0;
        const LlmOutcome o = run(client, ask(QStringLiteral("x"), true), &deltas, &restarts);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(restarts, 1);
        QCOMPARE(o.text, QStringLiteral("Whole answer."));
        QCOMPARE(deltas.last(), QStringLiteral("Whole answer."));
        QCOMPARE(o.attempts, 2);
    }

    void cutStreamWithoutRetriesFails()
    {
        MockLlmServer server;
        server.script({ MockLlmServer::events({ openAiDelta(QStringLiteral("Half")) }, true) });
        ProviderConfig c = fastConfig(server);
        c.maxAttempts = 1;
        LlmClient client(c);
        const LlmOutcome o = run(client, ask(QStringLiteral("x"), true));
        QCOMPARE(o.failure, LlmFailure::BadReply);
        QVERIFY2(o.error.contains(QStringLiteral("cut off")), qPrintable(o.error));
        QCOMPARE(o.text, QString()); // never an unfinished answer as if it were one
    }

    void silentServerTimesOut()
    {
        MockLlmServer server;
        MockLlmServer::Response silent;
        silent.silent = true;
        server.script({ silent });
        ProviderConfig c = fastConfig(server);
        c.readTimeoutMs = 200;
        c.maxAttempts = 2;
        LlmClient client(c);
        const LlmOutcome o = run(client, ask(QStringLiteral("x")));
        QCOMPARE(o.failure, LlmFailure::Timeout);
        QVERIFY2(o.error.contains(QStringLiteral("silent")), qPrintable(o.error));
        QCOMPARE(server.requestCount(), 2);
    }

    void totalTimeoutBoundsTheCall()
    {
        MockLlmServer server;
        MockLlmServer::Response silent;
        silent.silent = true;
        server.script({ silent });
        LlmClient client(fastConfig(server));
        LlmRequest r = ask(QStringLiteral("x"));
        r.totalTimeoutMs = 300;
        const LlmOutcome o = run(client, r);
        QCOMPARE(o.failure, LlmFailure::Timeout);
        QVERIFY2(o.error.contains(QStringLiteral("no complete answer")), qPrintable(o.error));
        QVERIFY(o.latencyMs < 5000); // far below the 5 s read timeout
    }

    void cancelEndsAtOnce()
    {
        MockLlmServer server;
        MockLlmServer::Response silent;
        silent.silent = true;
        server.script({ silent });
        LlmClient client(fastConfig(server));
        LlmCall* call = client.send(ask(QStringLiteral("x")));
        QSignalSpy finished(call, &LlmCall::finished);
        QSignalSpy received(&server, &MockLlmServer::requestReceived);
        QVERIFY(received.wait(5000));
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<LlmOutcome>().failure, LlmFailure::Cancelled);
    }

    void refusedConnectionIsANetworkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost);
            port = probe.serverPort();
        }
        ProviderConfig c;
        c.kind = ProviderKind::OpenAi;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        c.model = QStringLiteral("m");
        c.backoffBaseMs = 5;
        c.maxAttempts = 2;
        LlmClient client(c);
        const LlmOutcome o = run(client, ask(QStringLiteral("x")));
        QCOMPARE(o.failure, LlmFailure::Network);
        QCOMPARE(o.attempts, 2);
        QVERIFY2(o.error.contains(QStringLiteral("cannot reach")), qPrintable(o.error));
    }

    void garbageReplyIsRefused()
    {
        MockLlmServer server;
        MockLlmServer::Response html = MockLlmServer::json("<html>gateway</html>");
        server.script({ html });
        LlmClient client(fastConfig(server));
        const LlmOutcome o = run(client, ask(QStringLiteral("x")));
        QCOMPARE(o.failure, LlmFailure::BadReply);
        QVERIFY2(o.error.contains(QStringLiteral("not JSON")), qPrintable(o.error));
    }

    void schemaMismatchIsRetriedOnceWithTheError()
    {
        MockLlmServer server;
        server.script({ MockLlmServer::json(
                            MockLlmServer::openAiAnswer(QStringLiteral("{\"total\": \"lots\"}"))),
            MockLlmServer::json(
                MockLlmServer::openAiAnswer(QStringLiteral("```json\n{\"total\": 12.5}\n```"))) });
        LlmClient client(fastConfig(server));
        LlmRequest r = ask(QStringLiteral("x"));
        r.schema = QJsonDocument::fromJson(
            R"({"type":"object","required":["total"],"properties":{"total":{"type":"number"}}})")
                       .object();
        const LlmOutcome o = run(client, r);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.json.toObject().value(u"total").toDouble(), 12.5);
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(o.tokensIn, 24); // both exchanges counted
        const QJsonArray second = bodyOf(server, 1).value(u"messages").toArray();
        QVERIFY(second.last()
                    .toObject()
                    .value(u"content")
                    .toString()
                    .contains(QStringLiteral("$.total: expected number")));
        QCOMPARE(bodyOf(server, 0).value(u"response_format").toObject().value(u"type").toString(),
            QStringLiteral("json_schema"));
    }

    void schemaMismatchTwiceGivesUp()
    {
        MockLlmServer server;
        server.script(
            { MockLlmServer::json(MockLlmServer::openAiAnswer(QStringLiteral("I cannot say."))) });
        LlmClient client(fastConfig(server));
        LlmRequest r = ask(QStringLiteral("x"));
        r.schema = QJsonDocument::fromJson(R"({"type":"object"})").object();
        const LlmOutcome o = run(client, r);
        QCOMPARE(o.failure, LlmFailure::SchemaMismatch);
        QCOMPARE(server.requestCount(), 2);
    }

    void offlineAndMissingKeyNeverTouchTheNetwork()
    {
        MockLlmServer server;
        LlmClient offline(ProviderConfig {});
        QCOMPARE(run(offline, ask(QStringLiteral("x"))).failure, LlmFailure::Offline);
        QVERIFY(!offline.isConfigured());
        LlmClient noKey(fastConfig(server, ProviderKind::Anthropic));
        const LlmOutcome o = run(noKey, ask(QStringLiteral("x")));
        QCOMPARE(o.failure, LlmFailure::NoKey);
        QVERIFY(o.error.contains(QStringLiteral("CLAIMDESK_LLM_API_KEY")));
        QCOMPARE(server.requestCount(), 0);
    }

    void keysNeverReachTheLog()
    {
        static QStringList captured;
        captured.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& m) { captured << m; });
        QLoggingCategory::setFilterRules(QStringLiteral("claimdesk.llm.debug=true"));
        MockLlmServer server;
        server.script({ MockLlmServer::json(R"({"error":{"message":"down"}})", 500),
            MockLlmServer::json(MockLlmServer::openAiAnswer(QStringLiteral("ok"))) });
        for (ProviderKind kind :
            { ProviderKind::OpenAi, ProviderKind::Azure, ProviderKind::Anthropic }) {
            ProviderConfig c = fastConfig(server, kind);
            LlmClient client(c, QStringLiteral("sk-very-secret-42"));
            run(client, ask(QStringLiteral("x")));
        }
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
        const QString all = captured.join(u'\n');
        QVERIFY(!all.isEmpty());
        QVERIFY(all.contains(QStringLiteral("[redacted]")));
        QVERIFY(!all.contains(QStringLiteral("sk-very-secret-42")));
    }
};

QTEST_GUILESS_MAIN(TestLlmClient)
#include "tst_llmclient.moc"
