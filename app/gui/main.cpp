#include "AppSettings.h"
#include "DesktopSession.h"
#include "i18n/Translations.h"
#include "ocr/TesseractEngine.h"

#include <QApplication>
#include <QCommandLineParser>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

int main(int argc, char* argv[])
{
    ClaimDesk::TesseractEngine::limitOpenMpThreads(argv);
    // Qt WebEngine (the claim dossier) shares OpenGL contexts with the widgets.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
#ifdef Q_OS_UNIX
    // Chromium refuses to start its sandbox as root (containers, kiosks); the
    // dossier is our own local HTML, so run it unsandboxed there rather than not at all.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox");
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClaimDesk"));
    QApplication::setApplicationName(QStringLiteral("ClaimDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CLAIMDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("claimdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ClaimDesk: the claims adjuster's desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("SQLite database file."), QStringLiteral("PATH"));
    const QCommandLineOption dbUrl(QStringLiteral("db-url"),
        QStringLiteral("A team book: postgresql://LOGIN@HOST:PORT/DBNAME (the password from "
                       "~/.pgpass or PGPASSWORD)."),
        QStringLiteral("URL"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("Interface language: th or en."), QStringLiteral("LANG"));
    parser.addOptions({ db, dbUrl, lang });
    parser.process(app);

    const QString language
        = parser.isSet(lang) ? parser.value(lang) : ClaimDesk::AppSettings::language();
    ClaimDesk::Translations::install(language);
    // Numbers and dates in the interface's language (charts, queue, cards).
    QLocale::setDefault(ClaimDesk::Translations::localeFor(language));
    ClaimDesk::DesktopSession session;
    if (!session.start(parser.isSet(dbUrl) ? parser.value(dbUrl) : parser.value(db)))
        return 1;
    return app.exec();
}
