#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A scripted HTTP/1.1 model server on localhost for the LLM tests: each request
// takes the next scripted response (the last one repeats). Responses can be
// whole bodies, chunked event streams (optionally cut before their end), or
// silence.
class MockLlmServer final : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body; // sent whole with Content-Length
        QList<QByteArray> chunks; // when set: chunked transfer, one chunk per entry
        bool cut = false; // close the connection after the chunks, without the last chunk
        bool silent = false; // read the request, never answer
    };

    explicit MockLlmServer(QObject* parent = nullptr);

    QUrl url() const;
    void script(QList<Response> responses) { m_script = std::move(responses); }
    int requestCount() const { return int(m_requests.size()); }
    QByteArray request(int i) const { return m_requests.value(i); } // head and body
    QByteArray requestBody(int i) const;

    static Response json(const QByteArray& body, int status = 200);
    static Response events(const QList<QByteArray>& dataLines, bool cut = false);
    // An OpenAI chat-completions body answering `text`, with token usage.
    static QByteArray openAiAnswer(const QString& text, int tokensIn = 12, int tokensOut = 5);

Q_SIGNALS:
    void requestReceived();

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket);

    QList<Response> m_script;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QTcpServer m_server; // last: its sockets go first, while m_buffers still exists
};
