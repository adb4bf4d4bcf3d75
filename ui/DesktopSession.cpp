#include "DesktopSession.h"

#include "AppSettings.h"
#include "BusyWait.h"
#include "DatabaseProblemDialog.h"
#include "MainWindow.h"
#include "TeamPasswordDialog.h"
#include "UiTr.h"
#include "admin/AdminBook.h"
#include "admin/AppLogSink.h"
#include "logging/LogCategories.h"
#include "team/TeamPasswords.h"

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

namespace {

// Opens the book on a worker, so that a schema upgrade (building an index over a
// million claims takes seconds) runs there behind a busy dialog instead of
// freezing the desktop. The window's areas then each read it on workers of their own.
Result<int> prepareOffThisThread(const DatabaseLocation& location)
{
    return waitOffThisThread<Result<int>>(
        UiTr::tr("Opening the database %1…").arg(location.displayName()),
        [location] { return AdminBook::prepare(location); });
}

// The server wants a password: the keychain's first (unless the address gave
// one), then the person's, until the server takes one or the person cancels.
// `location` ends with the password that worked, in memory only.
Result<int> signIn(DatabaseLocation& location, Result<int> refused)
{
    if (const auto stored = TeamPasswords::withStoredPassword(location)) {
        auto tried = prepareOffThisThread(*stored);
        if (tried || tried.errorKind() != ErrorKind::Unauthenticated) {
            location = *stored;
            return tried;
        }
        refused = tried;
    }
    while (true) {
        bool remember = false;
        const auto password = TeamPasswordDialog::ask(location, refused.error(), &remember);
        if (!password)
            return refused;
        location.postgresUrl.setPassword(*password);
        auto tried = prepareOffThisThread(location);
        if (tried && remember) {
            if (const QString problem = TeamPasswords::store(location, *password);
                !problem.isEmpty())
                QMessageBox::warning(nullptr, UiTr::tr("Password not kept"),
                    UiTr::tr("The password was not kept in the keychain: %1. It is "
                             "asked again next time.")
                        .arg(problem));
        }
        if (tried || tried.errorKind() != ErrorKind::Unauthenticated)
            return tried;
        refused = tried;
    }
}

} // namespace

bool DesktopSession::open(QString path)
{
    while (true) {
        DatabaseLocation location = DatabaseLocation::fromString(path);
        Result<int> schema = prepareOffThisThread(location);
        if (!schema && schema.errorKind() == ErrorKind::Unauthenticated)
            schema = signIn(location, schema);
        if (schema) {
            // One log per database: the old sink writes its last lines first.
            m_log.reset();
            m_log = std::make_unique<AppLogSink>(location);
            qCInfo(lcSystem).noquote()
                << QStringLiteral("ClaimDesk %1 opened its database (schema %2)")
                       .arg(QCoreApplication::applicationVersion())
                       .arg(*schema);
            auto rules = waitOffThisThread<Result<RuleSet>>(UiTr::tr("Reading the decision rules…"),
                [location] { return AdminBook::readRules(location); });
            if (!rules && rules.errorKind() != ErrorKind::Invalid) {
                // the book's own rules cannot be read: it decides by them or not at
                // all (every desk of a team alike); only a rules file of earlier
                // versions that is invalid gives way to the defaults below
                path = DatabaseProblemDialog::askForAnother(rules.error());
                if (path.isEmpty())
                    return false;
                continue;
            }
            if (!rules) {
                QMessageBox::warning(nullptr, UiTr::tr("Decision rules"),
                    UiTr::tr("%1\n\nThe spec's default rules are used until the file is fixed.")
                        .arg(rules.error()));
                rules = RuleSet::defaults();
            }
            m_window = std::make_unique<MainWindow>(location, DecisionEngine(*rules));
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
        path = DatabaseProblemDialog::askForAnother(schema.error());
        if (path.isEmpty())
            return false;
    }
}

} // namespace ClaimDesk
