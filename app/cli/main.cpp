#include "CommandLine.h"
#include "ocr/TesseractEngine.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    ClaimDesk::TesseractEngine::limitOpenMpThreads(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClaimDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ClaimDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLAIMDESK_VERSION));
    return ClaimDesk::Cli::run(QCoreApplication::arguments());
}
