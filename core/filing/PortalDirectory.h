#pragma once

#include "domain/PortalSubmission.h"
#include "secrets/KeychainEntry.h"
#include "storage/Database.h"
#include "util/Result.h"

namespace ClaimDesk {

// What an administrator says of a portal when adding it.
struct PortalSetup
{
    QString name;
    QString baseUrl; // http or https
    QString login;
    QByteArray recipeJson;
    ClaimStatus statusAfter = ClaimStatus::Pending;
};

// The book's insurer portals, as Admin > Insurer portals and `portal add|list`
// keep them: a portal is added only with a recipe that parses and checks whole
// (refused naming the key and the reason) and an address that is one. Passwords
// are in the keychain (PortalPasswords), never in the book. Any thread, on the
// connection given.
namespace PortalDirectory {

Result<InsurerPortal> add(const Database& db, const PortalSetup& setup, const QString& actor);
// A recipe file's bytes, at most one byte over PortalRecipe::MaxBytes (so that a
// larger one is refused by the parse, saying so); fails naming the file.
Result<QByteArray> readRecipe(const QString& path);
Result<QList<InsurerPortal>> list(const Database& db);
Result<InsurerPortal> find(const Database& db, const QString& name);
Status remove(const Database& db, const QString& name);

} // namespace PortalDirectory

// A portal login's password in the system keychain, one entry per portal and
// login; where no keychain runs (a server, CI) the command line may take it from
// CLAIMDESK_PORTAL_PASSWORD instead. The calling thread's event loop runs while
// the keychain answers.
namespace PortalPasswords {

KeychainEntry::Answer read(const InsurerPortal& portal, int timeoutMs = 3000);
// The portal's entry, to read or write without waiting (a front end's thread).
KeychainEntry* entry(const InsurerPortal& portal, QObject* parent);
// Empty on success, else why not.
QString store(const InsurerPortal& portal, const QString& password, int timeoutMs = 30000);
QString forget(const InsurerPortal& portal, int timeoutMs = 30000);

} // namespace PortalPasswords

} // namespace ClaimDesk
