#include "AdminArea.h"
#include "DesktopSession.h"
#include "MainWindow.h"
#include "MoveBookDialog.h"
#include "ReviewArea.h"
#include "TeamPasswordDialog.h"
#include "TeamUsersPage.h"
#include "TestSupport.h"
#include "UiTr.h"
#include "storage/ClaimRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

using namespace ClaimDesk;

// The team's screens in the desktop app: Admin > Users and File > Move this
// book to a team server, driven as a user would (their buttons' work, their
// tables and messages) against the throwaway PostgreSQL server; on SQLite runs,
// what a desk's own file shows instead.
class TestTeamDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    DatabaseLocation m_book;
    QString m_suffix = QStringLiteral("_%1").arg(QCoreApplication::applicationPid());
    QString adjuster() const { return QStringLiteral("deskadj") + m_suffix; }

    DatabaseLocation as(const QString& login) const { return Test::asLogin(m_book, login); }

    Test::CliRun cli(const QStringList& args)
    {
        return Test::runCli(m_home, Test::bookArguments(m_book) + args);
    }

    static QStringList row(const QTableWidget* table, const QString& login)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() != login)
                continue;
            QStringList cells;
            for (int c = 0; c < table->columnCount(); ++c)
                cells << table->item(r, c)->text();
            return cells;
        }
        return {};
    }

    static bool settle(TeamUsersPage& page, const std::function<void()>& act)
    {
        QSignalSpy settled(&page, &TeamUsersPage::settled);
        act();
        return settled.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // libpq's own ways give no password here: the desk's prompt is what is tested
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_home.filePath(QStringLiteral("no-pgpass")).toLocal8Bit());
        m_book = Test::bookAt(m_home.filePath(QStringLiteral("team.sqlite")));
        const auto init = cli({ QStringLiteral("init"), QStringLiteral("--demo") });
        QVERIFY2(init.code == 0, init.err.constData());
        if (!Test::onPostgres())
            return;
        const auto team = cli({ QStringLiteral("team"), QStringLiteral("init") });
        QVERIFY2(team.code == 0, team.err.constData());
    }

    // The logins made here belong to the whole server: they go with the test.
    void cleanupTestCase()
    {
        if (Test::onPostgres())
            Test::dropLogins(m_suffix);
    }

    void aDesksFileSaysPeopleBelongToATeam()
    {
        if (Test::onPostgres())
            QSKIP("a desk's SQLite file");
        AdminBook book(m_book);
        TeamUsersPage page(&book);
        QVERIFY(settle(page, [&] { page.refresh(); }));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("teamWho"))->text().contains("team book"));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("addTeamUser"))->isEnabled());
        QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("teamUsers"))->rowCount(), 0);
    }

    // Added, changed and disabled on the page; each shown as the server then holds it.
    void anAdministratorManagesPeople()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        AdminBook book(m_book);
        TeamUsersPage page(&book);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("teamUsers"));
        auto* status = page.findChild<QLabel*>(QStringLiteral("teamUsersStatus"));
        QVERIFY(settle(page, [&] { page.refresh(); }));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("addTeamUser"))->isEnabled());
        QVERIFY(row(table, adjuster()).isEmpty());

        TeamUser person { adjuster(), TeamRole::Adjuster, Money::fromUnits(5000), true };
        QVERIFY(settle(page, [&] { page.addUser(person, std::nullopt); }));
        QVERIFY2(status->text().contains(adjuster()), qPrintable(status->text()));
        QStringList cells = row(table, adjuster());
        QCOMPARE(cells.value(1), teamRoleLabel(TeamRole::Adjuster));
        QCOMPARE(cells.value(2), Money::fromUnits(5000).toDisplayString());

        TeamUserChange raise;
        raise.limit = Money::fromUnits(12000);
        QVERIFY(settle(page, [&] { page.changeUser(adjuster(), raise); }));
        QCOMPARE(row(table, adjuster()).value(2), Money::fromUnits(12000).toDisplayString());

        TeamUserChange disable;
        disable.active = false;
        QVERIFY(settle(page, [&] { page.changeUser(adjuster(), disable); }));
        cells = row(table, adjuster());
        QCOMPARE(cells.value(3), UiTr::tr("disabled"));
        QCOMPARE(cells.value(2), Money::fromUnits(12000).toDisplayString()); // kept
    }

    // An adjuster's desk shows the people and is refused, in words, when it tries
    // to add one; nobody is added.
    void anAdjusterIsRefusedInWords()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        TeamUserChange enable;
        enable.active = true;
        {
            AdminBook owner(m_book);
            TeamUsersPage page(&owner);
            QVERIFY(settle(page, [&] { page.changeUser(adjuster(), enable); }));
            QVERIFY(!row(page.findChild<QTableWidget*>(QStringLiteral("teamUsers")), adjuster())
                         .isEmpty());
        }
        AdminBook book(as(adjuster()));
        TeamUsersPage page(&book);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("teamUsers"));
        QVERIFY(settle(page, [&] { page.refresh(); }));
        const QString who = page.findChild<QLabel*>(QStringLiteral("teamWho"))->text();
        QVERIFY2(who.contains(adjuster()) && who.contains("administrator"), qPrintable(who));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("addTeamUser"))->isEnabled());
        // the server refuses what gets past the buttons
        const int before = table->rowCount();
        const QString intruder = QStringLiteral("intruder") + m_suffix;
        QVERIFY(settle(page, [&] {
            page.addUser({ intruder, TeamRole::Manager, Money(), true }, std::nullopt);
        }));
        const QString said = page.findChild<QLabel*>(QStringLiteral("teamUsersStatus"))->text();
        QVERIFY2(
            said.startsWith(UiTr::tr("Not done: %1").arg(QString()).trimmed()), qPrintable(said));
        QVERIFY2(said.contains("administrator"), qPrintable(said));
        QCOMPARE(table->rowCount(), before);
        QVERIFY(row(table, intruder).isEmpty());
    }

    // The server wants a password: the desk asks for it, says what the server
    // answered to a wrong one, and opens the book with the right one.
    void aDeskAsksForThePasswordTheServerWants()
    {
        if (!Test::onPostgres())
            QSKIP("a team server");
        const QString login = QStringLiteral("deskpw") + m_suffix;
        const Test::PasswordRequired asked(login);
        if (!asked.ok())
            QSKIP("the server's pg_hba.conf cannot be changed here");
        const QString file
            = Test::writtenFile(m_home.filePath(QStringLiteral("password")), "open-sesame-42\n");
        QVERIFY(!file.isEmpty());
        QCOMPARE(
            cli({ QStringLiteral("users"), QStringLiteral("add"), login, QStringLiteral("--role"),
                    QStringLiteral("auditor"), QStringLiteral("--password-file"), file })
                .code,
            0);

        QStringList answersShown;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<TeamPasswordDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answersShown << dialog->findChild<QLabel*>(QStringLiteral("serverAnswer"))->text();
            dialog->findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->setChecked(false);
            dialog->findChild<QLineEdit*>(QStringLiteral("teamPassword"))
                ->setText(answersShown.size() == 1 ? QStringLiteral("wrong")
                                                   : QStringLiteral("open-sesame-42"));
            dialog->accept();
        });
        answer.start(10);
        DesktopSession session;
        QVERIFY(session.start(as(login).postgresUrl.toString()));
        answer.stop();
        QCOMPARE(answersShown.size(), 2);
        QVERIFY2(answersShown[0].contains("no password supplied"), qPrintable(answersShown[0]));
        QVERIFY2(answersShown[1].contains("password authentication failed"),
            qPrintable(answersShown[1]));
        QVERIFY(session.window());
        QCOMPARE(session.window()->location().login(), login);
        QVERIFY(!session.window()->location().displayName().contains("sesame"));
    }

    // An adjuster who approves above their limit is refused in the server's
    // words, and offered the way forward: referring the claim to a manager.
    void anAdjusterAboveTheirLimitRefersToAManager()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        const QString login = QStringLiteral("deskref") + m_suffix;
        QCOMPARE(cli({ QStringLiteral("users"), QStringLiteral("add"), login,
                         QStringLiteral("--role"), QStringLiteral("adjuster"),
                         QStringLiteral("--limit"), QStringLiteral("5000.00") })
                     .code,
            0);
        const QString id
            = cli({ QStringLiteral("claims"), QStringLiteral("new"), QStringLiteral("--type"),
                      QStringLiteral("H"), QStringLiteral("--amount"), QStringLiteral("6000.00"),
                      QStringLiteral("--json") })
                  .json()
                  .object()
                  .value(u"claim_id")
                  .toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(cli({ QStringLiteral("claims"), QStringLiteral("assign"), id,
                         QStringLiteral("--to"), login })
                     .code,
            0);

        ReviewArea area(as(login), DecisionEngine());
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QSignalSpy shown(&area, &ReviewArea::claimShown);
        area.selectClaim(id);
        QVERIFY(shown.wait(10000));
        auto* refer = area.findChild<QPushButton*>(QStringLiteral("referToManager"));
        QVERIFY(!refer->isVisible());
        auto* status = area.findChild<QComboBox*>(QStringLiteral("claimStatus"));
        status->setCurrentIndex(status->findData(int(ClaimStatus::Approved)));
        area.findChild<QPushButton*>(QStringLiteral("saveClaim"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(refer->isVisible(), 10000);
        const QString said = area.findChild<QLabel*>(QStringLiteral("reviewNotice"))->text();
        QVERIFY2(said.contains("authority limit"), qPrintable(said));

        refer->click();
        QTRY_VERIFY_WITH_TIMEOUT(!refer->isVisible(), 10000);
        const QJsonObject claim = cli(
            { QStringLiteral("claims"), QStringLiteral("show"), id, QStringLiteral("--json") })
                                      .json()
                                      .object();
        QCOMPARE(claim.value(u"escalated").toBool(), true);
        QCOMPARE(claim.value(u"status").toString(), QStringLiteral("Submitted")); // not approved

        // the number key for Approved is refused the same way, and offers the same
        QVERIFY(QTest::qWaitForWindowActive(&area));
        area.queue()->setFocus();
        QTest::keyClick(area.queue(), Qt::Key_4);
        QTRY_VERIFY_WITH_TIMEOUT(refer->isVisible(), 10000);
    }

    void aMoveNeedsATeamAddress()
    {
        MoveBookDialog dialog(m_home.filePath(QStringLiteral("nowhere.sqlite")));
        dialog.moveTo(QStringLiteral("/tmp/just-a-file.sqlite"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("moveStatus"))
                    ->text()
                    .contains("postgresql://"));
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("teamBookUrl"))->isEnabled());
    }

    // Cancelled at once: nothing on the server. Then moved whole, and offered to open.
    void aDesksBookMovesFromTheMenuWithCancel()
    {
        if (!Test::onPostgres())
            QSKIP("a team server");
        const QString desk = m_home.filePath(QStringLiteral("desk.sqlite"));
        const auto made = Test::runCli(m_home,
            { QStringLiteral("--db"), desk, QStringLiteral("init"), QStringLiteral("--demo"),
                QStringLiteral("--claims"), QStringLiteral("1200") });
        QVERIFY2(made.code == 0, made.err.constData());
        const DatabaseLocation team = Test::bookAt(m_home.filePath(QStringLiteral("moved.sqlite")));
        const QString url = team.postgresUrl.toString();

        MoveBookDialog dialog(desk);
        dialog.show();
        auto* openButton = dialog.findChild<QPushButton*>(QStringLiteral("openTeamBook"));
        QVERIFY(!openButton->isVisible()); // nothing to open yet
        QSignalSpy ended(&dialog, &MoveBookDialog::moveEnded);
        dialog.moveTo(url);
        QVERIFY(!openButton->isVisible());
        dialog.reject(); // Cancel while it runs stops the move, and the dialog stays
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.takeFirst().at(0).toBool(), false);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("moveStatus"));
        QVERIFY2(status->text().contains("Stopped"), qPrintable(status->text()));
        {
            auto target = Database::open(team);
            QVERIFY(target.ok());
            QCOMPARE(*ClaimRepository(*target).countAll(), qint64(0));
        }

        QSignalSpy open(&dialog, &MoveBookDialog::openRequested);
        dialog.moveTo(url);
        QVERIFY(ended.wait(120000));
        QCOMPARE(ended.takeFirst().at(0).toBool(), true);
        QVERIFY2(status->text().contains("every table checked"), qPrintable(status->text()));
        QVERIFY(openButton->isVisible());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("startMove"))->isVisible());
        openButton->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), url);

        auto target = Database::open(team);
        QVERIFY(target.ok());
        auto source = Database::open(DatabaseLocation::sqlite(desk));
        QVERIFY(source.ok());
        QCOMPARE(*ClaimRepository(*target).countAll(), *ClaimRepository(*source).countAll());
    }
};

QTEST_MAIN(TestTeamDesk)
#include "tst_teamdesk.moc"
