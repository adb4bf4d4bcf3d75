#pragma once

#include "domain/DatabaseLocation.h"
#include "secrets/KeychainEntry.h"
#include "util/Result.h"

#include <optional>

namespace ClaimDesk {

// A person's password for a team book, in the system keychain: one entry per
// login and server ("anong@db.example.com:5432/claims"), never in the settings,
// the book, a log or an error message. libpq's own ways (~/.pgpass, PGPASSWORD)
// work as well and are tried first: the keychain is read only when the server
// has asked for a password the address does not give. The calling thread's
// event loop runs while the keychain answers (at most a few seconds).
namespace TeamPasswords {

// The keychain entry's name for the login and server of `location`.
QString entryKey(const DatabaseLocation& location);

KeychainEntry::Answer read(const DatabaseLocation& location, int timeoutMs = 3000);
// Empty on success, else why not. A keychain that has not answered within
// `timeoutMs` (a locked keyring waiting for its unlock prompt) is reported as
// such; it may still do it.
QString store(const DatabaseLocation& location, const QString& password, int timeoutMs = 30000);
// Keeps `password` only if the server takes it for the location's login (the
// book is neither read nor upgraded): Unauthenticated when it does not, Failed
// when the keychain did not keep it.
Status checkAndStore(const DatabaseLocation& location, const QString& password);
QString forget(const DatabaseLocation& location, int timeoutMs = 30000);

// `location` with the keychain's password for its login and server, when the
// keychain holds one other than the address gives: what to try after the server
// refused (ErrorKind::Unauthenticated). Nothing otherwise, or on a desk's file.
std::optional<DatabaseLocation> withStoredPassword(
    const DatabaseLocation& location, int timeoutMs = 3000);

} // namespace TeamPasswords

} // namespace ClaimDesk
