#pragma once

#include "triage/QueueView.h"

#include <QList>
#include <QString>

namespace ClaimDesk::AppSettings {

// The desktop app's preferences, in QSettings. Never secrets: API keys go to
// the system keychain.

QString language(); // "th" or "en"; the system's by default
void setLanguage(const QString& language);
QString databasePath(); // empty = the default location
void setDatabasePath(const QString& path);
QString userName(); // who is recorded in the audit trail
void setUserName(const QString& name);
// The Review queue's saved views, in the order the user made them.
QList<QueueView> savedViews();
void setSavedViews(const QList<QueueView>& views);

} // namespace ClaimDesk::AppSettings
