#include "CommandLine.h"
#include "PortalCommand.h"
#include "ocr/TesseractEngine.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <memory>

#ifdef CLAIMDESK_CLI_BROWSER
#include <QApplication>
#include <unistd.h>
#endif

namespace {

// A portal is filled in an off-screen Qt WebEngine view, which needs a
// QApplication; every other command runs without one (no display needed).
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
#ifdef CLAIMDESK_CLI_BROWSER
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (ClaimDesk::Cli::PortalCommand::needsBrowser(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Chromium refuses its sandbox as root (containers, CI).
        if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox");
        // Qt WebEngine's start-up report and warnings (no GPU off screen) are not
        // for the command line's stderr, which carries only the contract's
        // one-line error; the book's log still gets them (AppLogSink chains here).
        if (!qEnvironmentVariableIsSet("CLAIMDESK_LOG_STDERR"))
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        return std::make_unique<QApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    ClaimDesk::TesseractEngine::limitOpenMpThreads(argv);
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClaimDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ClaimDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLAIMDESK_VERSION));
    // The application log's lines are for Admin > Log; on the
    // command line stderr carries only the one-line error of the contract.
    // They go to the book's log (CliContext); CLAIMDESK_LOG_STDERR=1 shows them too.
    QLoggingCategory::setFilterRules(QStringLiteral("claimdesk.*=false"));
    return ClaimDesk::Cli::run(QCoreApplication::arguments());
}
