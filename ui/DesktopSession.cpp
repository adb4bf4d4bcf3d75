#include "DesktopSession.h"

#include "AppSettings.h"
#include "DatabaseProblemDialog.h"
#include "MainWindow.h"
#include "decision/RuleSetStore.h"
#include "logging/AppLogSink.h"
#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QTimer>

namespace ClaimDesk {

DesktopSession::DesktopSession(QObject* parent)
    : QObject(parent)
{ }

DesktopSession::~DesktopSession() = default;

bool DesktopSession::start(const QString& databasePath)
{
    QString path = databasePath;
    if (path.isEmpty())
        path = AppSettings::databasePath();
    if (path.isEmpty())
        path = DatabaseLocation::defaultLocation().sqlitePath;
    return open(path);
}

bool DesktopSession::open(QString path)
{
    while (true) {
        auto db = Database::open(DatabaseLocation::sqlite(path));
        if (db) {
            // One log per database: the old sink writes its last lines first.
            m_log.reset();
            m_log = std::make_unique<AppLogSink>(db->location());
            qCInfo(lcSystem).noquote()
                << QStringLiteral("ClaimDesk %1 opened its database (schema %2)")
                       .arg(QCoreApplication::applicationVersion())
                       .arg(db->schemaVersion());
            auto rules = RuleSetStore::active();
            if (!rules) {
                QMessageBox::warning(nullptr, tr("Decision rules"),
                    tr("%1\n\nThe spec's default rules are used until the file is fixed.")
                        .arg(rules.error()));
                rules = RuleSet::defaults();
            }
            m_window = std::make_unique<MainWindow>(*db, DecisionEngine(*rules));
            connect(m_window.get(), &MainWindow::databaseChangeRequested, this,
                [this](const QString& next) {
                    // Let the current window's event finish before replacing it.
                    QTimer::singleShot(0, this, [this, next] {
                        auto old = std::move(m_window);
                        old->hide();
                        if (!open(next))
                            QCoreApplication::quit();
                    });
                });
            m_window->show();
            return true;
        }
        path = DatabaseProblemDialog::askForAnother(db.error());
        if (path.isEmpty())
            return false;
    }
}

} // namespace ClaimDesk
