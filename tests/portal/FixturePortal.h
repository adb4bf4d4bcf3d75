#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace ClaimDesk::Test {

namespace PortalHttp {
struct Request;
struct Response;
} // namespace PortalHttp

// A fake insurer web portal on 127.0.0.1 for the portal-filing tests and
// benchmarks: a login, a two-page claim form (the second multipart, with the
// bills), a confirmation page and a claims list with statuses. The pages'
// element ids and names are the contract a recipe is written against; switches
// make the portal misbehave as real ones do.
//
// Thread: lives on, serves in and must be called from the thread it was created
// in; nothing blocks (a delayed answer waits on a timer).
// HTTP: HTTP/1.1, one request per connection (every answer says Connection:
// close, with a Content-Length, as text/html; charset=utf-8). A request is read
// whole, across any number of TCP reads, before it is answered. Headers over
// 64 KiB or a body over 64 MiB get 413 (and the connection closed without reading
// the rest), a malformed request 400, a chunked body 501, an unknown path 404,
// a known path with the wrong method 405.
// State: kept in memory only, gone with the object. Every page but the login and
// "/" wants the session cookie and sends the browser to /login?expired=1 without it.
// Refusals a filer meets: a wrong login, or page values that do not pass, answer
// the same page again with <p class="error">; a wrong csrf token on the login or
// the first page gets 403. The second page's button has id "submit", which hides
// form.submit() in the DOM: click it, or call requestSubmit().
class FixturePortal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixturePortal)

public:
    // A claim the portal accepted.
    struct Received
    {
        QMap<QString, QString> fields; // both pages' fields by name, without csrf
        struct File
        {
            QString fieldName, fileName;
            QByteArray bytes;
        };
        QList<File> files;
        QString reference; // CLM-000001, CLM-000002, ...
    };

    explicit FixturePortal(QObject* parent = nullptr);

    // Listens on 127.0.0.1, on the port set before (0, the default: any free one).
    // False when it cannot.
    bool start();
    void setPort(quint16 port) { m_port = port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    // Who may sign in; "adjuster" / "s3cret" unless set.
    void setLogin(const QString& user, const QString& password);

    // Faults. The one-shot ones are armed by `true` and spent by the request they hit.
    // One-shot: the next POST /claims/submit gets a 503 page and nothing is recorded.
    void setFailFirstSubmitWith503(bool on) { m_fail503Armed = on; }
    // One-shot: the next successful POST /claims/new drops its session, so the
    // browser's next request is sent to sign in again (and the first page is lost).
    void setExpireSessionAfterFirstPage(bool on) { m_expireArmed = on; }
    // The second page calls its amount input "claim_amount" (id and name).
    void setRenameAmountField(bool on) { m_renameAmount = on; }
    // GET /claims/new/details answers after this many milliseconds.
    void setDetailsDelayMs(int ms) { m_detailsDelayMs = ms; }
    // POST /claims/submit records the claim but answers an empty page, with no
    // reference on it.
    void setDropConfirmation(bool on) { m_dropConfirmation = on; }

    // What the claims list shows as the claim's status ("Received" when filed).
    void setStatus(const QString& reference, const QString& statusText);

    QList<Received> received() const { return m_received; } // in the order filed
    int submitAttempts() const { return m_submitAttempts; } // every POST /claims/submit
    int loginFailures() const { return m_loginFailures; } // wrong user name or password

Q_SIGNALS:
    // A claim was recorded (also when its confirmation is then dropped).
    void claimReceived(const QString& reference);

private:
    using Request = PortalHttp::Request;
    using Response = PortalHttp::Response;

    struct Session
    {
        QString id;
        QString csrf;
        QMap<QString, QString> firstPage; // empty until page 1 is filed
    };

    void onConnection();
    void answer(QTcpSocket* socket, const Response& response);
    Response route(const Request& request);
    Session* sessionOf(const Request& request);

    Response home(const Request& request, Session* session);
    Response loginForm(const Request& request, Session* session);
    Response login(const Request& request, Session* session);
    Response firstPage(const Request& request, Session* session);
    Response takeFirstPage(const Request& request, Session* session);
    Response detailsPage(const Request& request, Session* session);
    Response submit(const Request& request, Session* session);
    Response confirmation(const Request& request, Session* session);
    Response claims(const Request& request, Session* session);

    Response loginPage(const QString& notice, const QString& error, const QString& user);
    Response firstPageWith(const Session& session, const QMap<QString, QString>& values,
        const QString& error = {}) const;
    Response detailsPageWith(const Session& session, const QMap<QString, QString>& values,
        const QString& error = {}) const;
    QString amountName() const;
    QString record(Received claim); // its reference

    quint16 m_port = 0;
    QString m_user = QStringLiteral("adjuster");
    QString m_password = QStringLiteral("s3cret");
    bool m_fail503Armed = false;
    bool m_expireArmed = false;
    bool m_renameAmount = false;
    int m_detailsDelayMs = 0;
    bool m_dropConfirmation = false;

    QSet<QString> m_loginTokens;
    QHash<QString, Session> m_sessions; // by sid cookie
    QList<Received> m_received;
    QHash<QString, QString> m_status; // by reference
    int m_submitAttempts = 0;
    int m_loginFailures = 0;
    QTcpServer m_server; // last: its sockets go first
};

} // namespace ClaimDesk::Test
