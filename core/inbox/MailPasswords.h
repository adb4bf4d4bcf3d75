#pragma once

#include "mail/ImapMailbox.h"
#include "secrets/KeychainEntry.h"
#include "util/Result.h"

namespace ClaimDesk {

// A mailbox's password, in the system keychain: one entry per login, server and
// port ("claims@mail.example.com:993"), never in the settings, the book, a log or
// an error message. The calling thread's event loop runs while the keychain
// answers (at most the timeout).
namespace MailPasswords {

QString entryKey(const ImapAccount& account);
KeychainEntry::Answer read(const ImapAccount& account, int timeoutMs = 3000);
// Keeps `password` only if the server takes it (the folder is opened):
// Unauthenticated when it does not, Unavailable when the server cannot be
// reached, Failed when the keychain did not keep it. Asks the server on the
// calling thread (at most ImapMailbox::ConnectSeconds and a little).
Status checkAndStore(const ImapAccount& account, const QString& password);
// Keeps `password` without asking the server (already asked): Failed when the
// keychain did not keep it.
Status store(const ImapAccount& account, const QString& password, int timeoutMs = 30000);
QString forget(const ImapAccount& account, int timeoutMs = 30000);

} // namespace MailPasswords

} // namespace ClaimDesk
