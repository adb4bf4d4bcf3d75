#include "AppSettings.h"

#include "domain/DatabaseLocation.h"
#include "i18n/Translations.h"

#include <QJsonDocument>
#include <QSettings>

namespace ClaimDesk::AppSettings {

QString language()
{
    return QSettings()
        .value(QStringLiteral("ui/language"), Translations::systemLanguage())
        .toString();
}

void setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString databasePath()
{
    return DatabaseLocation::chosenPath();
}

void setDatabasePath(const QString& path)
{
    DatabaseLocation::setChosenPath(path);
}

QStringList inboxFolders()
{
    return QSettings().value(QStringLiteral("inbox/folders")).toStringList();
}

void setInboxFolders(const QStringList& folders)
{
    QSettings().setValue(QStringLiteral("inbox/folders"), folders);
}

QList<ImapAccount> inboxMailboxes()
{
    QSettings settings;
    QList<ImapAccount> mailboxes;
    const int count = settings.beginReadArray(QStringLiteral("inbox/mailboxes"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ImapAccount account;
        account.server = settings.value(QStringLiteral("server")).toString();
        account.user = settings.value(QStringLiteral("user")).toString();
        account.folder = settings.value(QStringLiteral("folder"), account.folder).toString();
        account.caFile = settings.value(QStringLiteral("caFile")).toString();
        mailboxes << account;
    }
    settings.endArray();
    return mailboxes;
}

void setInboxMailboxes(const QList<ImapAccount>& mailboxes)
{
    QSettings settings;
    settings.remove(QStringLiteral("inbox/mailboxes"));
    settings.beginWriteArray(QStringLiteral("inbox/mailboxes"), int(mailboxes.size()));
    for (int i = 0; i < mailboxes.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("server"), mailboxes[i].server);
        settings.setValue(QStringLiteral("user"), mailboxes[i].user);
        settings.setValue(QStringLiteral("folder"), mailboxes[i].folder);
        settings.setValue(QStringLiteral("caFile"), mailboxes[i].caFile);
    }
    settings.endArray();
}

bool portalStatusEveryHour()
{
    return QSettings().value(QStringLiteral("portal/statusEveryHour"), false).toBool();
}

void setPortalStatusEveryHour(bool on)
{
    QSettings().setValue(QStringLiteral("portal/statusEveryHour"), on);
}

QString userName()
{
    return DatabaseLocation::systemLogin();
}

QByteArray windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

void setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray splitterState(const QString& name)
{
    return QSettings().value(QStringLiteral("window/splitters/") + name).toByteArray();
}

void setSplitterState(const QString& name, const QByteArray& state)
{
    QSettings().setValue(QStringLiteral("window/splitters/") + name, state);
}

QList<QueueView> savedViews()
{
    const QByteArray json = QSettings().value(QStringLiteral("review/views")).toByteArray();
    QString error;
    const QList<QueueView> views = QueueView::fromJsonList(json, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return views;
}

void setSavedViews(const QList<QueueView>& views)
{
    QSettings().setValue(QStringLiteral("review/views"), QueueView::toJsonList(views));
}

QueueView lastQueueView()
{
    const QByteArray json = QSettings().value(QStringLiteral("review/lastView")).toByteArray();
    const QJsonDocument last = QJsonDocument::fromJson(json);
    if (last.isObject())
        return QueueView::fromJson(last.object());
    QueueView open;
    open.query.openOnly = true;
    return open;
}

void setLastQueueView(const QueueView& view)
{
    QueueView kept = view;
    kept.query.search.clear(); // a search is for now, not for the next day
    QSettings().setValue(QStringLiteral("review/lastView"),
        QJsonDocument(kept.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace ClaimDesk::AppSettings
