#include "MockLlmServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

MockLlmServer::MockLlmServer(QObject* parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, &MockLlmServer::onConnection);
}

QUrl MockLlmServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
}

QByteArray MockLlmServer::requestBody(int i) const
{
    const QByteArray r = m_requests.value(i);
    return r.mid(r.indexOf("\r\n\r\n") + 4);
}

MockLlmServer::Response MockLlmServer::json(const QByteArray& body, int status)
{
    Response r;
    r.status = status;
    r.headers << qMakePair(
        QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    r.body = body;
    return r;
}

MockLlmServer::Response MockLlmServer::events(const QList<QByteArray>& dataLines, bool cut)
{
    Response r;
    r.headers << qMakePair(
        QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream"));
    for (const QByteArray& line : dataLines)
        r.chunks << line + "\n\n";
    r.cut = cut;
    return r;
}

void MockLlmServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
    }
}

void MockLlmServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        m_requests << buffer.left(headEnd + 4 + length);
        buffer.remove(0, headEnd + 4 + length);
        Q_EMIT requestReceived();
        respond(socket);
    }
}

void MockLlmServer::respond(QTcpSocket* socket)
{
    if (m_script.isEmpty())
        return;
    const Response r = m_script.size() > 1 ? m_script.takeFirst() : m_script.first();
    if (r.silent)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + " Status\r\n";
    for (const auto& [name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    if (r.chunks.isEmpty()) {
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
        socket->write(head + r.body);
        return;
    }
    head += "Transfer-Encoding: chunked\r\n\r\n";
    socket->write(head);
    for (const QByteArray& chunk : r.chunks)
        socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    if (r.cut) {
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write("0\r\n\r\n");
}

QByteArray MockLlmServer::openAiAnswer(const QString& text, int tokensIn, int tokensOut)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("model"), QStringLiteral("mock-1") },
            { QStringLiteral("choices"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("message"),
                        QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                            { QStringLiteral("content"), text } } },
                    { QStringLiteral("finish_reason"), QStringLiteral("stop") } } } },
            { QStringLiteral("usage"),
                QJsonObject { { QStringLiteral("prompt_tokens"), tokensIn },
                    { QStringLiteral("completion_tokens"), tokensOut } } } })
        .toJson(QJsonDocument::Compact);
}
