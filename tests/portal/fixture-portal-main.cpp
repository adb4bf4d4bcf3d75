// fixture-portal: the fake insurer portal (FixturePortal) as a program, for
// benchmark scripts and trying recipes by hand. Prints
// "FIXTURE_PORTAL_URL http://127.0.0.1:PORT" once it listens, and serves until
// SIGINT, SIGTERM or the end of stdin (when stdin is a pipe).
#include "FixturePortal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using ClaimDesk::Test::FixturePortal;

namespace {

// Set by SIGINT or SIGTERM (a lock-free atomic store is safe in a handler).
std::atomic_bool s_stop = false;
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void requestStop(int)
{
    s_stop.store(true);
}

// Quits at the end of stdin when it is a pipe or socket. Nothing else is watched:
// a program started in the background of a script reads /dev/null, which ends at
// once, and one in the background of a terminal would be stopped for reading it.
void quitAtEndOfStdin(QCoreApplication& app)
{
    struct stat input = {};
    if (fstat(STDIN_FILENO, &input) != 0 || !(S_ISFIFO(input.st_mode) || S_ISSOCK(input.st_mode)))
        return;
    auto* notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        char buffer[4096];
        const ssize_t n = read(STDIN_FILENO, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
            notifier->setEnabled(false);
            QCoreApplication::quit();
        }
    });
}

// The claims received so far, as [{reference, our_ref, files: [{name, size}]}].
bool writeStatus(const QString& path, const QList<FixturePortal::Received>& claims)
{
    QJsonArray array;
    for (const FixturePortal::Received& claim : claims) {
        QJsonArray files;
        for (const FixturePortal::Received::File& file : claim.files)
            files.append(QJsonObject {
                { u"name"_s, file.fileName }, { u"size"_s, qint64(file.bytes.size()) } });
        array.append(QJsonObject { { u"reference"_s, claim.reference },
            { u"our_ref"_s, claim.fields.value(u"our_ref"_s) }, { u"files"_s, files } });
    }
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(array).toJson()) >= 0
        && file.commit();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fixture-portal"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A fake insurer web portal on 127.0.0.1."_s);
    parser.addHelpOption();
    const QCommandLineOption port(
        u"port"_s, u"The port to listen on (0: any free one)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption user(u"user"_s, u"Who may sign in."_s, u"NAME"_s, u"adjuster"_s);
    const QCommandLineOption password(
        u"password"_s, u"Their password."_s, u"PASSWORD"_s, u"s3cret"_s);
    const QCommandLineOption statusFile(
        u"status-file"_s, u"Write the received claims there as JSON after each one."_s, u"PATH"_s);
    parser.addOptions({ port, user, password, statusFile });
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        err << "fixture-portal: --port wants a number from 0 to 65535" << Qt::endl;
        return 2;
    }
    FixturePortal portal;
    portal.setPort(quint16(portNumber));
    portal.setLogin(parser.value(user), parser.value(password));
    if (!portal.start()) {
        err << "fixture-portal: cannot listen on 127.0.0.1:" << portNumber << Qt::endl;
        return 1;
    }
    if (parser.isSet(statusFile)) {
        const QString path = parser.value(statusFile);
        QObject::connect(&portal, &FixturePortal::claimReceived, &portal, [&portal, &err, path] {
            if (!writeStatus(path, portal.received()))
                err << "fixture-portal: cannot write " << path << Qt::endl;
        });
    }

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &app, [] {
        if (s_stop.load())
            QCoreApplication::quit();
    });
    stopCheck.start(100);
    quitAtEndOfStdin(app);

    QTextStream(stdout) << "FIXTURE_PORTAL_URL " << portal.baseUrl().toString() << Qt::endl;
    return app.exec();
}
