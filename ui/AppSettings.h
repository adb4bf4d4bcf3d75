#pragma once

#include "domain/DatabaseLocation.h"
#include "mail/ImapMailbox.h"
#include "triage/QueueView.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ClaimDesk::AppSettings {

// The desktop app's preferences, in QSettings. Never secrets: API keys go to
// the system keychain.

QString language(); // "th" or "en"; the system's by default
void setLanguage(const QString& language);
QString databasePath(); // empty = the default location
void setDatabasePath(const QString& path);
// The folders the inbox watches (InboxWatch), as the user listed them.
QStringList inboxFolders();
void setInboxFolders(const QStringList& folders);
// The mailboxes the inbox takes from (their passwords are in the keychain).
QList<ImapAccount> inboxMailboxes();
void setInboxMailboxes(const QList<ImapAccount>& mailboxes);
// Who works at this desk: the system login (the book records its own login,
// Database::login, in the audit trail; no setting renames anyone).
// The Portal area reads the chosen portal's statuses back every hour (off by default).
bool portalStatusEveryHour();
void setPortalStatusEveryHour(bool on);

QString userName();
// The main window's size and place, and where the user left each splitter (by
// the splitter's object name), as Qt saves them; empty when never saved.
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& geometry);
QByteArray splitterState(const QString& name);
void setSplitterState(const QString& name, const QByteArray& state);
// The Review queue's saved views, in the order the user made them.
QList<QueueView> savedViews();
void setSavedViews(const QList<QueueView>& views);
// The queue as the user left it (filters and order, not the search); the first
// time, the open claims: work not yet decided, riskiest first.
QueueView lastQueueView();
void setLastQueueView(const QueueView& view);

} // namespace ClaimDesk::AppSettings
