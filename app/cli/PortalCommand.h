#pragma once

#include "CliContext.h"
#include "Command.h"
#include "domain/PortalSubmission.h"

namespace ClaimDesk::Cli {

// portal add RECIPE.json --name NAME --url URL --user USER [--status-after S]
//   [--password-file FILE]: keeps an insurer portal (the password in the keychain);
// portal list [--json]; portal remove NAME;
// portal submit ID... --portal NAME [--force] [--json]: files approved claims on
//   the portal in an off-screen Qt WebEngine page, one JSON line per claim;
// portal status [ID] --portal NAME [--json]: reads their status there.
// The portal's password: CLAIMDESK_PORTAL_PASSWORD where it is set (no keychain
// runs there), else the keychain.
class PortalCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("portal"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;

    // Whether `arguments` (the program's) run a portal in a browser page: the
    // program then starts a QApplication for it (main.cpp).
    static bool needsBrowser(const QStringList& arguments);

private:
    int add(const QStringList& args, CliContext& context);
    int list(const QStringList& args, CliContext& context);
    int remove(const QStringList& args, CliContext& context);
    int submit(const QStringList& args, CliContext& context);
    int status(const QStringList& args, CliContext& context);
    // The book, the portal named and its password, for submit and status.
    struct Opened
    {
        Database db;
        InsurerPortal portal;
        QString password;
    };
    Result<Opened> open(const QString& portalName, CliContext& context);
    Result<QString> passwordFor(const InsurerPortal& portal);
};

} // namespace ClaimDesk::Cli
