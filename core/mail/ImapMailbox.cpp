#include "ImapMailbox.h"

#include "mail/MailTr.h"

#include <QRegularExpression>
#include <QUrl>
#include <curl/curl.h>
#include <mutex>

namespace ClaimDesk {

const QString ImapMailbox::Taking = QStringLiteral("ClaimDeskTaking");
const QString ImapMailbox::Taken = QStringLiteral("ClaimDeskTaken");
const QString ImapMailbox::SetAside = QStringLiteral("ClaimDeskSetAside");
const QString ImapMailbox::SecondTry = QStringLiteral("ClaimDeskTry2");
const QString ImapMailbox::ThirdTry = QStringLiteral("ClaimDeskTry3");

namespace {

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// Printable ASCII without quotes or backslashes: what goes into a command as it is.
bool isPlain(const QString& s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
}

bool hasControl(const QString& s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x20; });
}

} // namespace

QString ImapAccount::source() const
{
    const QUrl url(server);
    const int port = url.port(url.scheme() == u"imap" ? 143 : 993);
    return QStringLiteral("imap:%1@%2:%3/%4").arg(user, url.host()).arg(port).arg(folder);
}

QString ImapAccount::problem() const
{
    const QUrl url(server, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"imaps" && url.scheme() != u"imap"))
        return MailTr::tr("The mail server must be given as imaps://HOST[:PORT]");
    if (!url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != u"/"))
        return MailTr::tr("The mail server address %1 must not hold a login or folder: give them "
                          "apart")
            .arg(url.host());
    if (user.trimmed().isEmpty() || hasControl(user))
        return MailTr::tr("The mailbox needs a login");
    if (folder.trimmed().isEmpty() || !isPlain(folder))
        return MailTr::tr("The mail folder \"%1\" cannot be used: give one whose name is plain "
                          "ASCII, without quotes or backslashes")
            .arg(folder.left(80));
    return {};
}

struct ImapMailbox::Transfer
{
    QByteArray body;
    qint64 maxBytes = 0;
    bool tooLarge = false;
    const std::atomic_bool* cancel = nullptr;
    char error[CURL_ERROR_SIZE] = {};

    static size_t write(char* data, size_t size, size_t count, void* self)
    {
        auto* t = static_cast<Transfer*>(self);
        const qint64 n = qint64(size * count);
        if (t->body.size() + n > t->maxBytes) {
            t->tooLarge = true;
            return 0; // libcurl stops with CURLE_WRITE_ERROR
        }
        t->body.append(data, n);
        return size * count;
    }
    static int progress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
    {
        const auto* t = static_cast<Transfer*>(self);
        return t->cancel && t->cancel->load() ? 1 : 0;
    }
};

ImapMailbox::ImapMailbox(ImapAccount account, QString password)
    : m_account(std::move(account))
    , m_password(password.toUtf8())
{
    initCurl();
    m_curl = curl_easy_init();
}

ImapMailbox::~ImapMailbox()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL*>(m_curl));
    m_password.fill('\0');
}

QString ImapMailbox::folderUrl() const
{
    QString server = m_account.server;
    while (server.endsWith(u'/'))
        server.chop(1);
    return server + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(m_account.folder));
}

Result<QByteArray> ImapMailbox::perform(
    const QString& path, const QString& command, qint64 maxBytes, int timeoutSeconds)
{
    using R = Result<QByteArray>;
    if (const QString problem = m_account.problem(); !problem.isEmpty())
        return R::failure(Error::invalid(problem, QStringLiteral("server")));
    auto* curl = static_cast<CURL*>(m_curl);
    if (!curl)
        return R::failure(MailTr::tr("The mail library could not start"));
    Transfer transfer;
    transfer.maxBytes = maxBytes;
    transfer.cancel = m_cancel;
    const QByteArray url = (folderUrl() + path).toUtf8();
    const QByteArray user = m_account.user.toUtf8();
    const QByteArray ca = m_account.caFile.toLocal8Bit();
    const QByteArray request = command.toUtf8();
    curl_easy_reset(curl); // options only: the connection stays open
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "imap,imaps");
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); // never a password in clear
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.constData());
    if (!ca.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    if (!request.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.constData());
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, long(BufferBytes));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(ConnectSeconds));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, long(LowSpeedBytes));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(LowSpeedSeconds));
    curl_easy_setopt(curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, long(AnswerSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Transfer::write);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &Transfer::progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, transfer.error);
    const CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    if (code != CURLE_OK)
        return R::failure(errorOf(code, transfer));
    return transfer.body;
}

Error ImapMailbox::errorOf(int code, const Transfer& transfer) const
{
    const QString server = QUrl(m_account.server).host();
    const QString detail = transfer.error[0]
        ? QString::fromUtf8(transfer.error)
        : QString::fromUtf8(curl_easy_strerror(CURLcode(code)));
    // libcurl reports a folder it could not select as a refused login
    const bool noFolder = QByteArrayView(transfer.error).startsWith("Select failed");
    if (noFolder || code == CURLE_REMOTE_ACCESS_DENIED)
        return Error::of(ErrorKind::NotFound,
            MailTr::tr("The mailbox of %1 on %2 has no folder \"%3\"")
                .arg(m_account.user, server, m_account.folder));
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return Error::of(ErrorKind::Unauthenticated,
            MailTr::tr("The mail server %1 refused the login %2: is the password right?")
                .arg(server, m_account.user));
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_WEIRD_SERVER_REPLY:
        return Error::of(ErrorKind::Unavailable,
            MailTr::tr("The mail server %1 cannot be reached: %2").arg(server, detail));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_USE_SSL_FAILED:
        return Error::of(ErrorKind::Unavailable,
            MailTr::tr("No safe connection to the mail server %1: %2").arg(server, detail));
    case CURLE_REMOTE_FILE_NOT_FOUND:
        return Error::of(ErrorKind::NotFound,
            MailTr::tr("The mail server %1 no longer has this message in \"%2\": %3")
                .arg(server, m_account.folder, detail));
    case CURLE_ABORTED_BY_CALLBACK:
        return Error::of(ErrorKind::Failed, MailTr::tr("Stopped"));
    case CURLE_WRITE_ERROR:
        if (transfer.tooLarge)
            return Error::of(ErrorKind::Invalid,
                MailTr::tr("The message is larger than the %1 MB a message may be")
                    .arg(transfer.maxBytes / (1024 * 1024)));
        break;
    default:
        break;
    }
    return Error::of(
        ErrorKind::Failed, MailTr::tr("The mail server %1 answered: %2").arg(server, detail));
}

Status ImapMailbox::check()
{
    // libcurl has opened the folder already; opened again, the server says which
    // flags it keeps (problem() keeps quotes out of the folder's name)
    const auto answer = perform({}, QStringLiteral("SELECT \"%1\"").arg(m_account.folder));
    if (!answer)
        return Status::failure(answer.errorDetail());
    static const QRegularExpression Permanent(QStringLiteral("PERMANENTFLAGS \\(([^)]*)\\)"));
    const auto m = Permanent.match(QString::fromLatin1(*answer));
    if (!m.hasMatch() || !m.captured(1).contains(QStringLiteral("\\*")))
        return Status::failure(
            MailTr::tr("The mail server %1 keeps no marks of ClaimDesk's on the messages of "
                       "\"%2\" (it does not allow keywords there): ClaimDesk could not record "
                       "what it took")
                .arg(QUrl(m_account.server).host(), m_account.folder));
    return {};
}

Result<QList<qint64>> ImapMailbox::waiting(int limit)
{
    using R = Result<QList<qint64>>;
    const auto status
        = perform({}, QStringLiteral("STATUS \"%1\" (MESSAGES)").arg(m_account.folder));
    if (!status)
        return R::failure(status.errorDetail());
    static const QRegularExpression Messages(QStringLiteral("MESSAGES (\\d+)"));
    const auto count = Messages.match(QString::fromLatin1(*status));
    const qint64 messages = count.hasMatch() ? count.captured(1).toLongLong() : -1;
    // a window of messages at a time: libcurl cuts an answer line past half its
    // buffer, and a folder may hold a hundred thousand messages
    QList<qint64> uids;
    for (qint64 from = 1; (messages < 0 || from <= messages) && uids.size() < limit;
         from += SearchWindow) {
        const QString window = messages < 0
            ? QString() // a server that did not say: one search, as far as it goes
            : QStringLiteral("%1:%2 ").arg(from).arg(from + SearchWindow - 1);
        const auto answer = perform({},
            QStringLiteral("UID SEARCH %1NOT KEYWORD %2 NOT KEYWORD %3 OR UNSEEN KEYWORD %4")
                .arg(window, Taken, SetAside, Taking));
        if (!answer)
            return R::failure(answer.errorDetail());
        QList<qint64> found;
        for (const QByteArray& line : answer->split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (!trimmed.startsWith("* SEARCH"))
                continue;
            for (const QByteArray& word : trimmed.mid(8).split(' ')) {
                bool ok = false;
                const qint64 uid = word.toLongLong(&ok);
                if (ok && uid > 0)
                    found << uid;
            }
        }
        std::sort(found.begin(), found.end());
        uids += found;
        if (messages < 0)
            break;
    }
    if (uids.size() > limit)
        uids.resize(limit);
    return uids;
}

Result<ImapMailbox::MessageInfo> ImapMailbox::infoOf(qint64 uid)
{
    using R = Result<MessageInfo>;
    const auto answer = perform({}, QStringLiteral("UID FETCH %1 (FLAGS RFC822.SIZE)").arg(uid));
    if (!answer)
        return R::failure(answer.errorDetail());
    static const QRegularExpression Size(QStringLiteral("RFC822\\.SIZE (\\d+)"));
    static const QRegularExpression Flags(QStringLiteral("FLAGS \\(([^)]*)\\)"));
    const QString text = QString::fromLatin1(*answer);
    const auto size = Size.match(text);
    const auto flags = Flags.match(text);
    if (!size.hasMatch() || !flags.hasMatch())
        return R::failure(Error::of(ErrorKind::NotFound,
            MailTr::tr("Message %1 is no longer in the folder \"%2\"")
                .arg(uid)
                .arg(m_account.folder)));
    return MessageInfo { size.captured(1).toLongLong(),
        flags.captured(1).split(u' ', Qt::SkipEmptyParts) };
}

Result<QStringList> ImapMailbox::flagsOf(qint64 uid)
{
    using R = Result<QStringList>;
    const auto answer = perform({}, QStringLiteral("UID FETCH %1 (FLAGS)").arg(uid));
    if (!answer)
        return R::failure(answer.errorDetail());
    static const QRegularExpression Flags(QStringLiteral("FLAGS \\(([^)]*)\\)"));
    const auto m = Flags.match(QString::fromLatin1(*answer));
    if (!m.hasMatch())
        return R::failure(Error::of(ErrorKind::NotFound,
            MailTr::tr("Message %1 is no longer in the folder \"%2\"")
                .arg(uid)
                .arg(m_account.folder)));
    return m.captured(1).split(u' ', Qt::SkipEmptyParts);
}

Result<QByteArray> ImapMailbox::fetch(qint64 uid, qint64 maxBytes)
{
    // time for the whole message at a slow line's pace (64 KiB a second)
    const int seconds = 60 + int(maxBytes / (64 * 1024));
    return perform(QStringLiteral("/;UID=%1").arg(uid), {}, maxBytes, seconds);
}

Status ImapMailbox::setFlags(qint64 uid, const QStringList& add, const QStringList& remove)
{
    if (!add.isEmpty()) {
        const auto answer
            = perform({}, QStringLiteral("UID STORE %1 +FLAGS (%2)").arg(uid).arg(add.join(u' ')));
        if (!answer)
            return Status::failure(answer.errorDetail());
    }
    if (!remove.isEmpty()) {
        const auto answer = perform(
            {}, QStringLiteral("UID STORE %1 -FLAGS (%2)").arg(uid).arg(remove.join(u' ')));
        if (!answer)
            return Status::failure(answer.errorDetail());
    }
    return {};
}

} // namespace ClaimDesk
