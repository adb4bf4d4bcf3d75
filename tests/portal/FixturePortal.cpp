#include "FixturePortal.h"

#include <QDate>
#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace ClaimDesk::Test {

namespace PortalHttp {

// One request, read whole.
struct Request
{
    QByteArray method;
    QString path; // percent-decoded, without the query
    QMap<QString, QString> query;
    QHash<QByteArray, QByteArray> headers; // names in lower case, repeats joined
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name); }
    QString cookie(const QByteArray& name) const;
};

// An answer; the head always says text/html, its length and Connection: close.
struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // sent after this long

    QByteArray toBytes() const;
};

} // namespace PortalHttp

namespace {

using PortalHttp::Request;
using PortalHttp::Response;

constexpr qsizetype MaxHead = 64 * 1024;
constexpr qint64 MaxBody = 64 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    }
    return "Status";
}

QString decodeComponent(QByteArray bytes)
{
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

// application/x-www-form-urlencoded, and query strings: + is a space, %XX a byte.
QMap<QString, QString> decodeForm(const QByteArray& encoded)
{
    QMap<QString, QString> form;
    for (const QByteArray& pair : encoded.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (!pair.isEmpty())
            form.insert(decodeComponent(eq < 0 ? pair : pair.left(eq)),
                eq < 0 ? QString() : decodeComponent(pair.mid(eq + 1)));
    }
    return form;
}

// Gathers one request from any number of reads. feed() is true once: when the
// request is whole, or refused (refusal() is then the status to answer).
class RequestReader
{
public:
    bool feed(const QByteArray& bytes);
    const Request& request() const { return m_request; }
    int refusal() const { return m_refusal; }

private:
    bool finish(int refusal = 0);
    int readHead(const QByteArray& head);

    QByteArray m_buffer;
    qsizetype m_bodyStart = -1;
    qint64 m_bodyLength = 0;
    Request m_request;
    int m_refusal = 0;
    bool m_finished = false;
};

bool RequestReader::feed(const QByteArray& bytes)
{
    if (m_finished)
        return false;
    m_buffer += bytes;
    if (m_bodyStart < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 && m_buffer.size() <= MaxHead)
            return false;
        if (end < 0 || end + 4 > MaxHead)
            return finish(413);
        if (const int refusal = readHead(m_buffer.left(end)))
            return finish(refusal);
        m_bodyStart = end + 4;
    }
    if (m_buffer.size() - m_bodyStart < m_bodyLength)
        return false;
    m_request.body = m_buffer.mid(m_bodyStart, m_bodyLength);
    return finish();
}

bool RequestReader::finish(int refusal)
{
    m_finished = true;
    m_refusal = refusal;
    m_buffer.clear();
    return true;
}

// 0, or the status a malformed or unsupported head is refused with.
int RequestReader::readHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    if (start.size() != 3 || !start[1].startsWith('/') || !start[2].startsWith("HTTP/1."))
        return 400;
    m_request.method = start[0];
    const qsizetype question = start[1].indexOf('?');
    const QByteArray path = question < 0 ? start[1] : start[1].left(question);
    m_request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(path));
    if (question >= 0)
        m_request.query = decodeForm(start[1].mid(question + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            return 400;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        QByteArray& value = m_request.headers[name];
        if (!value.isEmpty())
            value += name == "cookie" ? "; " : ", ";
        value += lines[i].mid(colon + 1).trimmed();
    }
    if (m_request.headers.contains("transfer-encoding"))
        return 501;
    bool ok = true;
    const QByteArray length = m_request.header("content-length");
    m_bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_bodyLength < 0)
        return 400;
    return m_bodyLength > MaxBody ? 413 : 0;
}

// Parameters such as `form-data; name="bills"; filename="a.pdf"`, split at
// semicolons outside quotes; names in lower case, quotes taken off.
QHash<QByteArray, QByteArray> headerParameters(const QByteArray& value)
{
    QList<QByteArray> pieces(1);
    bool quoted = false;
    for (const char c : value) {
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted)
            pieces.append(QByteArray());
        else
            pieces.last() += c;
    }
    QHash<QByteArray, QByteArray> parameters;
    for (const QByteArray& piece : pieces) {
        const qsizetype eq = piece.indexOf('=');
        QByteArray v = piece.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        if (eq > 0)
            parameters.insert(piece.left(eq).trimmed().toLower(), v);
    }
    return parameters;
}

// Browsers write " CR LF in part and file names as %22 %0D %0A (HTML's rule).
QString partName(QByteArray name)
{
    return QString::fromUtf8(name.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n"));
}

struct Part
{
    QString name, fileName;
    bool isFile = false; // it had a filename parameter, empty or not
    QByteArray bytes;
};

Part readPart(const QByteArray& head, const QByteArray& bytes)
{
    Part part;
    part.bytes = bytes;
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().toLower() != "content-disposition")
            continue;
        const auto parameters = headerParameters(line.mid(colon + 1));
        part.name = partName(parameters.value("name"));
        part.isFile = parameters.contains("filename");
        part.fileName = partName(parameters.value("filename"));
    }
    return part;
}

// The parts of a multipart/form-data body; nullopt when it is malformed.
std::optional<QList<Part>> readMultipart(const QByteArray& body, const QByteArray& boundary)
{
    const QByteArray delimiter = "--" + boundary;
    const QByteArray separator = "\r\n" + delimiter;
    qsizetype at = body.indexOf(delimiter);
    if (boundary.isEmpty() || at < 0)
        return std::nullopt;
    QList<Part> parts;
    for (at += delimiter.size(); body.mid(at, 2) != "--";) {
        // `at` is on the CRLF ending the delimiter line; an empty head follows at once
        const qsizetype headEnd = body.indexOf("\r\n\r\n", at);
        const qsizetype next = headEnd < 0 ? -1 : body.indexOf(separator, headEnd + 4);
        if (body.mid(at, 2) != "\r\n" || next < 0)
            return std::nullopt;
        parts.append(readPart(body.mid(at + 2, std::max<qsizetype>(0, headEnd - at - 2)),
            body.mid(headEnd + 4, next - headEnd - 4)));
        at = next + separator.size();
    }
    return parts;
}

QString randomToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

Response page(const QString& title, const QString& content, int status = 200)
{
    const QString html
        = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>"_s
        + esc(title) + u" - Fixture Insurance</title></head>\n<body>\n"_s + content
        + u"</body>\n</html>\n"_s;
    Response response;
    response.status = status;
    response.body = html.toUtf8();
    return response;
}

Response statusPage(int status)
{
    const QString reason = QString::fromLatin1(reasonPhrase(status));
    return page(reason, u"<h1>"_s + reason + u"</h1>\n"_s, status);
}

Response redirect(const QString& location)
{
    Response response
        = page(u"See Other"_s, u"<p><a href=\"%1\">Continue</a></p>\n"_s.arg(esc(location)), 303);
    response.headers.append({ "Location", location.toUtf8() });
    return response;
}

// A labelled text input whose id and name are both `name`.
QString field(
    const QString& label, const QString& name, const QString& value, const QString& attributes = {})
{
    return u"<p><label for=\"%1\">%2</label> <input id=\"%1\" name=\"%1\" value=\"%3\"%4></p>\n"_s
        .arg(name, esc(label), esc(value), attributes);
}

QString notesArea(const QString& value)
{
    return u"<p><label for=\"notes\">Notes</label> "
           u"<textarea id=\"notes\" name=\"notes\">%1</textarea></p>\n"_s.arg(esc(value));
}

QString claimRow(const QString& ourRef, const QString& reference, const QString& status)
{
    return u"<tr class=\"claim\" data-our-ref=\"%1\"><td class=\"reference\">%2</td>"
           u"<td class=\"our-ref\">%1</td><td class=\"status\">%3</td></tr>\n"_s.arg(
               esc(ourRef), esc(reference), esc(status));
}

QString csrfInput(const QString& token)
{
    return u"<input type=\"hidden\" name=\"csrf\" value=\"%1\">\n"_s.arg(esc(token));
}

QString errorLine(const QString& error)
{
    return error.isEmpty() ? QString() : u"<p class=\"error\">%1</p>\n"_s.arg(esc(error));
}

struct Labelled
{
    QStringView value, label;
};

constexpr Labelled FirstPageFields[] = { { u"policy_number", u"Policy number" },
    { u"member_id", u"Member ID" }, { u"patient_name", u"Patient name" },
    { u"claim_type", u"Claim type" }, { u"our_ref", u"Our reference" } };

constexpr Labelled ClaimTypes[]
    = { { u"OPD", u"Outpatient" }, { u"IPD", u"Inpatient" }, { u"DENT", u"Dental" } };

QString claimTypeSelect(const QString& chosen)
{
    QString options;
    for (const auto& [value, label] : ClaimTypes)
        options += u"<option value=\"%1\"%2>%3</option>"_s.arg(
            value.toString(), value == chosen ? u" selected"_s : QString(), label.toString());
    return u"<p><label for=\"claim_type\">Claim type</label> "
           u"<select id=\"claim_type\" name=\"claim_type\">%1</select></p>\n"_s.arg(options);
}

// Why the second page's values are refused; empty when they are not.
QString detailsProblem(const FixturePortal::Received& claim, const QString& amountName)
{
    static const QRegularExpression date(
        QRegularExpression::anchoredPattern(u"[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}"_s));
    static const QRegularExpression amount(
        QRegularExpression::anchoredPattern(u"[0-9]+(\\.[0-9]{2})?"_s));
    const QString treated = claim.fields.value(u"treatment_date"_s);
    if (!date.match(treated).hasMatch() || !QDate::fromString(treated, u"dd.MM.yyyy"_s).isValid())
        return u"Treatment date must be a date written DD.MM.YYYY"_s;
    if (!amount.match(claim.fields.value(amountName)).hasMatch())
        return u"Amount must be a number such as 1250 or 1250.50"_s;
    const bool billed = std::any_of(claim.files.cbegin(), claim.files.cend(),
        [](const FixturePortal::Received::File& file) { return !file.bytes.isEmpty(); });
    return billed ? QString() : u"Attach at least one bill"_s;
}

} // namespace

QString PortalHttp::Request::cookie(const QByteArray& name) const
{
    for (const QByteArray& pair : header("cookie").split(';')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && pair.left(eq).trimmed() == name)
            return QString::fromLatin1(pair.mid(eq + 1).trimmed());
    }
    return {};
}

QByteArray PortalHttp::Response::toBytes() const
{
    const QString date = QLocale::c().toString(
        QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'");
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nDate: " + date.toLatin1()
        + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nCache-Control: no-store\r\nConnection: close\r\n";
    for (const auto& [name, value] : headers)
        head += name + ": " + value + "\r\n";
    return head + "\r\n" + body;
}

FixturePortal::FixturePortal(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FixturePortal::onConnection);
}

bool FixturePortal::start()
{
    return m_server.isListening() || m_server.listen(QHostAddress::LocalHost, m_port);
}

QUrl FixturePortal::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void FixturePortal::setLogin(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
}

void FixturePortal::setStatus(const QString& reference, const QString& statusText)
{
    m_status.insert(reference, statusText);
}

void FixturePortal::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto reader = std::make_shared<RequestReader>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, reader] {
            if (!reader->feed(socket->readAll()))
                return; // more to come, or answered already
            answer(socket,
                reader->refusal() ? statusPage(reader->refusal()) : route(reader->request()));
        });
    }
}

void FixturePortal::answer(QTcpSocket* socket, const Response& response)
{
    const auto send = [socket, bytes = response.toBytes()] {
        socket->write(bytes);
        socket->disconnectFromHost(); // once what was written is sent
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, send);
    else
        send();
}

FixturePortal::Response FixturePortal::route(const Request& request)
{
    using Handler = Response (FixturePortal::*)(const Request&, Session*);
    struct Route
    {
        const char* method;
        QStringView path;
        bool prefix;
        bool needsSession;
        Handler handler;
    };
    // POST /claims/submit checks the session itself: every attempt is counted.
    static constexpr Route routes[] = { { "GET", u"/", false, false, &FixturePortal::home },
        { "GET", u"/login", false, false, &FixturePortal::loginForm },
        { "POST", u"/login", false, false, &FixturePortal::login },
        { "GET", u"/claims/new", false, true, &FixturePortal::firstPage },
        { "POST", u"/claims/new", false, true, &FixturePortal::takeFirstPage },
        { "GET", u"/claims/new/details", false, true, &FixturePortal::detailsPage },
        { "POST", u"/claims/submit", false, false, &FixturePortal::submit },
        { "GET", u"/claims", false, true, &FixturePortal::claims },
        { "GET", u"/claims/done/", true, true, &FixturePortal::confirmation } };
    QByteArrayList allowed;
    for (const Route& route : routes) {
        if (route.prefix ? !request.path.startsWith(route.path) || request.path == route.path
                         : request.path != route.path)
            continue;
        if (request.method != route.method) {
            allowed.append(route.method);
            continue;
        }
        Session* session = sessionOf(request);
        if (route.needsSession && !session)
            return redirect(u"/login?expired=1"_s);
        return (this->*route.handler)(request, session);
    }
    if (allowed.isEmpty())
        return statusPage(404);
    Response response = statusPage(405);
    response.headers.append({ "Allow", allowed.join(", ") });
    return response;
}

FixturePortal::Session* FixturePortal::sessionOf(const Request& request)
{
    const auto it = m_sessions.find(request.cookie("sid"));
    return it == m_sessions.end() ? nullptr : &it.value();
}

FixturePortal::Response FixturePortal::home(const Request&, Session* session)
{
    return redirect(session ? u"/claims/new"_s : u"/login"_s);
}

FixturePortal::Response FixturePortal::loginForm(const Request& request, Session*)
{
    const bool expired = request.query.contains(u"expired"_s);
    return loginPage(expired ? u"Your session expired"_s : QString(), {}, {});
}

FixturePortal::Response FixturePortal::login(const Request& request, Session*)
{
    const auto form = decodeForm(request.body);
    if (!m_loginTokens.contains(form.value(u"csrf"_s)))
        return statusPage(403);
    const QString user = form.value(u"username"_s);
    if (user != m_user || form.value(u"password"_s) != m_password) {
        ++m_loginFailures;
        return loginPage({}, u"Wrong user name or password"_s, user);
    }
    const Session session { randomToken(), randomToken(), {} };
    m_sessions.insert(session.id, session);
    Response response = redirect(u"/claims/new"_s);
    response.headers.append(
        { "Set-Cookie", "sid=" + session.id.toLatin1() + "; Path=/; HttpOnly" });
    return response;
}

FixturePortal::Response FixturePortal::firstPage(const Request&, Session* session)
{
    return firstPageWith(*session, session->firstPage);
}

FixturePortal::Response FixturePortal::takeFirstPage(const Request& request, Session* session)
{
    const auto form = decodeForm(request.body);
    if (form.value(u"csrf"_s) != session->csrf)
        return statusPage(403);
    QMap<QString, QString> values;
    for (const auto& [name, label] : FirstPageFields) {
        const QString value = form.value(name.toString());
        if (value.trimmed().isEmpty())
            return firstPageWith(*session, form, label.toString() + u" is required"_s);
        values.insert(name.toString(), value);
    }
    session->firstPage = values;
    if (m_expireArmed) {
        m_expireArmed = false;
        const QString id = session->id;
        m_sessions.remove(id);
    }
    return redirect(u"/claims/new/details"_s);
}

FixturePortal::Response FixturePortal::detailsPage(const Request&, Session* session)
{
    Response response
        = session->firstPage.isEmpty() ? redirect(u"/claims/new"_s) : detailsPageWith(*session, {});
    response.delayMs = m_detailsDelayMs;
    return response;
}

FixturePortal::Response FixturePortal::submit(const Request& request, Session* session)
{
    ++m_submitAttempts;
    if (m_fail503Armed) {
        m_fail503Armed = false;
        return statusPage(503);
    }
    if (!session)
        return redirect(u"/login?expired=1"_s);
    if (session->firstPage.isEmpty())
        return redirect(u"/claims/new"_s);
    const QByteArray type = request.header("content-type");
    const auto parts = type.trimmed().toLower().startsWith("multipart/form-data")
        ? readMultipart(request.body, headerParameters(type).value("boundary"))
        : std::nullopt;
    if (!parts)
        return statusPage(400);
    Received claim;
    for (const Part& part : *parts) {
        if (!part.isFile)
            claim.fields.insert(part.name, QString::fromUtf8(part.bytes));
        else if (!part.fileName.isEmpty() || !part.bytes.isEmpty())
            claim.files.append({ part.name, part.fileName, part.bytes });
    }
    const bool fresh = claim.fields.take(u"csrf"_s) == session->csrf;
    const QString problem = fresh ? detailsProblem(claim, amountName())
                                  : u"The form has expired; please send it again"_s;
    if (!problem.isEmpty())
        return detailsPageWith(*session, claim.fields, problem);
    claim.fields.insert(session->firstPage);
    session->firstPage.clear();
    const QString reference = record(std::move(claim));
    if (!m_dropConfirmation)
        return redirect(u"/claims/done/"_s + reference);
    Response empty;
    empty.body = "<html><body></body></html>";
    return empty;
}

FixturePortal::Response FixturePortal::confirmation(const Request& request, Session*)
{
    const QString reference = request.path.section(u'/', 3);
    if (std::none_of(m_received.cbegin(), m_received.cend(),
            [&](const Received& claim) { return claim.reference == reference; }))
        return statusPage(404);
    return page(u"Claim received"_s,
        u"<div id=\"confirmation\"><h1>Claim received</h1>"
        u"<p>Your reference: <strong id=\"reference\">%1</strong></p></div>\n"
        u"<p><a href=\"/claims\">Your claims</a></p>\n"_s.arg(esc(reference)));
}

FixturePortal::Response FixturePortal::claims(const Request& request, Session*)
{
    const QString wanted = request.query.value(u"our_ref"_s);
    QString rows;
    for (const Received& claim : m_received) {
        const QString ourRef = claim.fields.value(u"our_ref"_s);
        if (wanted.isEmpty() || ourRef == wanted)
            rows += claimRow(ourRef, claim.reference, m_status.value(claim.reference));
    }
    const QString none
        = rows.isEmpty() ? u"<p id=\"no-claims\">No claims found</p>\n"_s : QString();
    return page(u"Your claims"_s,
        u"<h1>Your claims</h1>\n<table id=\"claims\">\n<thead><tr><th>Reference</th>"
        u"<th>Our reference</th><th>Status</th></tr></thead>\n<tbody>\n"_s
            + rows + u"</tbody>\n</table>\n"_s + none);
}

FixturePortal::Response FixturePortal::loginPage(
    const QString& notice, const QString& error, const QString& user)
{
    const QString token = randomToken();
    m_loginTokens.insert(token);
    return page(u"Sign in"_s,
        u"<h1>Sign in</h1>\n"_s
            + (notice.isEmpty() ? QString() : u"<p class=\"notice\">%1</p>\n"_s.arg(esc(notice)))
            + errorLine(error) + u"<form id=\"login-form\" method=\"post\" action=\"/login\">\n"_s
            + csrfInput(token) + field(u"User name"_s, u"username"_s, user)
            + u"<p><label for=\"password\">Password</label> "
              u"<input id=\"password\" type=\"password\" name=\"password\"></p>\n"
              u"<button id=\"sign-in\" type=\"submit\">Sign in</button>\n</form>\n"_s);
}

FixturePortal::Response FixturePortal::firstPageWith(
    const Session& session, const QMap<QString, QString>& values, const QString& error) const
{
    QString content = u"<h1>New claim</h1>\n"_s + errorLine(error)
        + u"<form id=\"claim-form\" method=\"post\" action=\"/claims/new\">\n"_s
        + csrfInput(session.csrf);
    for (const auto& [name, label] : FirstPageFields) {
        const QString value = values.value(name.toString());
        content += name == u"claim_type" ? claimTypeSelect(value)
                                         : field(label.toString(), name.toString(), value);
    }
    return page(u"New claim"_s,
        content + u"<button id=\"next\" type=\"submit\">Next</button>\n</form>\n"_s);
}

FixturePortal::Response FixturePortal::detailsPageWith(
    const Session& session, const QMap<QString, QString>& values, const QString& error) const
{
    const auto text = [&](const QString& label, const QString& name, const QString& more = {}) {
        return field(label, name, values.value(name), more);
    };
    return page(u"Treatment details"_s,
        u"<h1>Treatment details</h1>\n"_s + errorLine(error)
            + u"<form id=\"details-form\" method=\"post\" action=\"/claims/submit\" "
              u"enctype=\"multipart/form-data\">\n"_s
            + csrfInput(session.csrf)
            + text(u"Treatment date"_s, u"treatment_date"_s, u" placeholder=\"DD.MM.YYYY\""_s)
            + text(u"Amount"_s, amountName()) + text(u"Hospital"_s, u"hospital"_s)
            + text(u"ICD-10 code"_s, u"icd10"_s) + notesArea(values.value(u"notes"_s))
            + u"<p><label for=\"bills\">Bills</label> "
              u"<input id=\"bills\" type=\"file\" name=\"bills\" multiple></p>\n"
              u"<button id=\"submit\" type=\"submit\">Submit claim</button>\n</form>\n"_s);
}

QString FixturePortal::amountName() const
{
    return m_renameAmount ? u"claim_amount"_s : u"amount"_s;
}

QString FixturePortal::record(Received claim)
{
    claim.reference = u"CLM-%1"_s.arg(m_received.size() + 1, 6, 10, QLatin1Char('0'));
    m_status.insert(claim.reference, u"Received"_s);
    m_received.append(claim);
    Q_EMIT claimReceived(claim.reference);
    return claim.reference;
}

} // namespace ClaimDesk::Test
