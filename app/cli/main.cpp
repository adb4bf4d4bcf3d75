#include "CommandLine.h"
#include "ocr/TesseractEngine.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    ClaimDesk::TesseractEngine::limitOpenMpThreads(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClaimDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ClaimDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLAIMDESK_VERSION));
    // The application log's lines are for Admin > Log; on the
    // command line stderr carries only the one-line error of the contract.
    // They go to the book's log (CliContext); CLAIMDESK_LOG_STDERR=1 shows them too.
    QLoggingCategory::setFilterRules(QStringLiteral("claimdesk.*=false"));
    return ClaimDesk::Cli::run(QCoreApplication::arguments());
}
