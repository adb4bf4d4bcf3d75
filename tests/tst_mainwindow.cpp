#include "AdminArea.h"
#include "AppSettings.h"
#include "DesktopSession.h"
#include "DocumentViewer.h"
#include "InboxItemModel.h"
#include "InboxView.h"
#include "IntakeArea.h"
#include "MainWindow.h"
#include "MockLlmServer.h"
#include "ModelSettingsPage.h"
#include "PolicyLibraryPage.h"
#include "PolicyPanel.h"
#include "ReviewArea.h"
#include "RuleSetEditor.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "admin/AppLogSink.h"
#include "claims/ClaimBook.h"
#include "claims/ClaimChangeFeed.h"
#include "demo/DemoData.h"
#include "i18n/Translations.h"
#include "llm/ProviderConfig.h"
#include "llmsession/LlmSession.h"
#include "logging/LogCategories.h"
#include "policylibrary/PolicyCheckRepository.h"
#include "storage/AgentOpinionRepository.h"
#include "storage/ClaimRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/LlmUsageRepository.h"
#include "team/BookRuleSet.h"
#include "triage/ClaimQueueModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace ClaimDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<Test::GuiThreadQueryWatch> m_guiThreadQueries;
    QStringList m_ids;

private Q_SLOTS:
    // No statement of the code under test runs on the GUI thread.
    void init() { m_guiThreadQueries.emplace(*m_db); }
    void cleanup() { Test::verifyNoGuiThreadQueries(m_guiThreadQueries); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("window")); // a window laid out as the defaults
        m_db = Test::openTempDatabase(m_dir);
        ClaimBook book(*m_db, DecisionEngine());
        for (const char* amount : { "450", "10000", "3000" }) {
            NewClaim c;
            c.amount = Money::parse(std::string_view(amount));
            c.serviceDate = QDate(2026, 1, 2);
            c.diagnosisCode = QStringLiteral("J10");
            c.claimantName = QStringLiteral("Somchai Jaidee");
            m_ids << book.file(c, QStringLiteral("t"))->id;
        }
        // A claim with a bill, for the policy tab.
        QVERIFY(DemoData::importPolicies(*m_db).ok());
        QVERIFY(DemoData::importFormulary(*m_db).ok());
        NewClaim billed;
        billed.amount = Money::fromUnits(1000);
        billed.serviceDate = QDate(2026, 1, 2);
        billed.diagnosisCode = QStringLiteral("fever");
        billed.claimantNationalId = QStringLiteral("3100701443816");
        billed.lineItems = { { QStringLiteral("Panadoll 500mg"), Money::fromUnits(600) },
            { QStringLiteral("Adol 500 mg"), Money::fromUnits(400) } };
        m_ids << book.file(billed, QStringLiteral("t"))->id;
    }

    // Qt has no Thai for its own buttons and dialogs; ClaimDesk's translation does.
    void qtsOwnButtonsSpeakThai()
    {
        QVERIFY(Translations::install(QStringLiteral("th")));
        QDialogButtonBox box(
            QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes);
        QStringList texts;
        for (auto which : { QDialogButtonBox::Ok, QDialogButtonBox::Cancel, QDialogButtonBox::Yes })
            texts << box.button(which)->text();
        Translations::install(QStringLiteral("en"));
        const QRegularExpression thai(QStringLiteral("\\p{Thai}"));
        for (const QString& text : std::as_const(texts))
            QVERIFY2(text.contains(thai), qPrintable(texts.join(u',')));
    }

    void theWindowReopensAsItWasLeft()
    {
        QList<int> left;
        QSize size;
        {
            MainWindow window(m_db->location(), DecisionEngine());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1300, 760); // not what a first start picks
            size = window.size();
            QCOMPARE(size, QSize(1300, 760));
            auto* splitter = window.findChild<QSplitter*>(QStringLiteral("reviewSplitter"));
            QVERIFY(splitter);
            QTRY_VERIFY(splitter->sizes().value(0) > 0);
            const int width = splitter->sizes().value(0) + splitter->sizes().value(1);
            splitter->setSizes({ width / 4, width - width / 4 });
            left = splitter->sizes();
            QVERIFY(left != QList<int>({ width * 3 / 5, width * 2 / 5 }));
            QVERIFY(window.close());
        }
        MainWindow again(m_db->location(), DecisionEngine());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
        QCOMPARE(again.findChild<QSplitter*>(QStringLiteral("reviewSplitter"))->sizes(), left);
        QSettings().remove(QStringLiteral("window")); // the other tests start from the defaults
    }

    // On a team book a lost server shows a banner that says edits stay on screen,
    // and it goes when the server is back (the feed's own loss and return are
    // tst_team's aLostServerIsNoticedAndFoundAgain).
    void aLostTeamServerShowsABanner()
    {
        if (!Test::onPostgres())
            QSKIP("a team book's change feed");
        MainWindow window(m_db->location(), DecisionEngine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* feed = window.findChild<ClaimChangeFeed*>();
        QVERIFY(feed);
        auto* banner = window.findChild<QLabel*>(QStringLiteral("serverBanner"));
        QVERIFY(banner && !banner->isVisible());
        Q_EMIT feed->serverLost(QStringLiteral("connection refused"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains("stay on screen"), qPrintable(banner->text()));
        QCOMPARE(banner->toolTip(), QStringLiteral("connection refused"));
        Q_EMIT feed->serverBack();
        QVERIFY(!banner->isVisible());
    }

    void showsFiveAreasAndTheBookInTheStatusBar()
    {
        MainWindow window(m_db->location(), DecisionEngine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* modes = window.findChild<QListWidget*>(QStringLiteral("modeBar"));
        QVERIFY(modes);
        QCOMPARE(modes->count(), int(MainWindow::AreaCount));
        QCOMPARE(MainWindow::AreaCount, 5);
        QCOMPARE(window.currentArea(), MainWindow::ReviewArea);
        for (int a = 0; a < MainWindow::AreaCount; ++a) {
            window.showArea(static_cast<MainWindow::Area>(a));
            QCOMPARE(window.currentArea(), a);
            QVERIFY(window.area(static_cast<MainWindow::Area>(a))->isVisible());
        }
        auto statusText = [&window] {
            QStringList texts;
            for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
                texts << label->text();
            return texts.join(u'|');
        };
        // The book is counted off the UI thread; the counts arrive by signal.
        QTRY_VERIFY2(statusText().contains(u"4 claims, 4 open"), qPrintable(statusText()));
        QVERIFY2(statusText().contains(m_db->location().displayName()), qPrintable(statusText()));
    }

    void reviewQueueSelectsAndWalksWithTheKeyboard()
    {
        MainWindow window(m_db->location(), DecisionEngine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* review = static_cast<ReviewArea*>(window.area(MainWindow::ReviewArea));
        auto* table = review->queue();
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 4);
        // The 10,000 claim is HIGH risk: first in the queue.
        QCOMPARE(review->model()->claimIdAt(0), m_ids[1]);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_COMPARE(review->currentClaimId(), m_ids[1]);
        QTest::keyClick(table, Qt::Key_J);
        QTRY_COMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_K);
        QTRY_COMPARE(table->currentIndex().row(), 0);
    }

    void policyTabChecksTheBill()
    {
        MainWindow window(m_db->location(), DecisionEngine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* review = static_cast<ReviewArea*>(window.area(MainWindow::ReviewArea));
        review->selectClaim(m_ids[3]);
        auto* panel = review->findChild<PolicyPanel*>();
        QVERIFY(panel);
        // Worked out on the thread pool; the text arrives when it is done.
        QTRY_VERIFY2(panel->plainText().contains(u"Approval probability: 80%"),
            qPrintable(panel->plainText()));
        const QString text = panel->plainText();
        QVERIFY(text.contains(u"Active policy"));
        QVERIFY(text.contains(u"Panadoll 500mg"));
        QVERIFY(text.contains(u"Excluded"));
        QVERIFY(text.contains(u"formulary-v1-6"));
        QVERIFY(text.contains(u"Adol 500 mg"));
        QVERIFY(text.contains(u"Clinical coherence check: skipped"));
        auto* view = panel->findChild<QTextBrowser*>(QStringLiteral("policyView"));
        QVERIFY(view->toHtml().contains(u"font-weight:700")
            || view->toHtml().contains(u"font-weight:600"));
    }

    void droppedFilesAreStoredOnTheSelectedClaim()
    {
        MainWindow window(m_db->location(), DecisionEngine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* review = static_cast<ReviewArea*>(window.area(MainWindow::ReviewArea));
        review->selectClaim(m_ids[0]);
        QTRY_COMPARE(review->currentClaimId(), m_ids[0]);

        QImage image(32, 32, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString png = m_dir.filePath(QStringLiteral("dropped.png"));
        QVERIFY(image.save(png));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(png) });
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QDragEnterEvent enter(
            QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(10000));
        const auto report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.claimId, m_ids[0]);
        QCOMPARE(report.storedCount(), 1);
        QCOMPARE(DocumentRepository(*m_db).forClaim(m_ids[0])->size(), 1);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"1 stored"));
        // The claim on show shows its new document without being selected again.
        QTRY_COMPARE(review->documents()->documents().size(), 1);
        QCOMPARE(
            review->documents()->documents().first().originalName, QStringLiteral("dropped.png"));
    }

    // At start the window reads what an import cut short left unread (a kill, a
    // power cut); what was stored minutes ago may be an import still running.
    void startUpFinishesInterruptedImports()
    {
        DocumentRepository documents(*m_db);
        auto storeUnread = [&](const QString& claimId, const QString& name, qint64 minutesAgo) {
            QImage image(40, 30, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(int(minutesAgo * 7 % 360), 200, 200));
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            const auto added = documents.add(
                claimId, png, name, QStringLiteral("image/png"), QStringLiteral("tester"), true);
            QSqlQuery q = m_db->query();
            q.prepare(QStringLiteral("UPDATE documents SET uploaded_at = ? WHERE id = ?"));
            q.addBindValue(
                QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo).toMSecsSinceEpoch());
            q.addBindValue(added ? added->document.id : -1);
            return added.ok() && q.exec() ? added->document.id : qint64(-1);
        };
        const qint64 old = storeUnread(m_ids[1], QStringLiteral("cut-short.png"), 30);
        const qint64 recent = storeUnread(m_ids[2], QStringLiteral("in-flight.png"), 1);
        // a claim with an old and a new one: an import still running, left alone whole
        NewClaim running;
        running.amount = Money::fromUnits(200);
        const QString runningId
            = ClaimBook(*m_db, DecisionEngine()).file(running, QStringLiteral("t"))->id;
        const qint64 first = storeUnread(runningId, QStringLiteral("first-part.png"), 40);
        const qint64 latest = storeUnread(runningId, QStringLiteral("latest-part.png"), 2);
        QVERIFY(old > 0 && recent > 0 && first > 0 && latest > 0);

        MainWindow window(m_db->location(), DecisionEngine());
        QSignalSpy finished(&window, &MainWindow::interruptedImportsFinished);
        QVERIFY(finished.wait(30000));
        const auto reports = finished.first().first().value<QList<ImportReport>>();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().claimId, m_ids[1]);
        QCOMPARE(reports.first().items.size(), 1);
        QVERIFY(reports.first().items.first().resumed);
        QVERIFY(reports.first().items.first().read);
        QVERIFY(documents.unread(m_ids[1])->isEmpty());
        QCOMPARE(documents.unread(m_ids[2])->size(), 1); // left to the import still running
        QCOMPARE(documents.unread(runningId)->size(), 2);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(u"1 interrupted import"),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(documents.markFollowed(m_ids[2], { recent }).ok());
        QVERIFY(documents.markFollowed(runningId, { first, latest }).ok());
    }

    // A watched folder: what settles there is taken in on a worker and shown in
    // Intake > Inbox, a failure with a Retry.
    void theInboxTakesInWhatArrivesInAWatchedFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("scanner"));
        QVERIFY(QDir().mkpath(folder));
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkMagenta);
        const QString scan = folder + QStringLiteral("/scan %1.png").arg(m_ids[2]);
        QVERIFY(image.save(scan));
        const QString notes = folder + QStringLiteral("/notes.txt");
        QVERIFY(!Test::writtenFile(notes, "not a document").isEmpty());
        for (const QString& path : { scan, notes })
            QVERIFY(Test::changedAgo(path, 600));
        AppSettings::setInboxFolders({ folder });
        const auto forget = qScopeGuard([] { AppSettings::setInboxFolders({}); });
        MainWindow window(m_db->location(), DecisionEngine());
        auto* intake = static_cast<IntakeArea*>(window.area(MainWindow::IntakeArea));
        InboxItemModel* items = intake->inboxView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(items->rowCount(), 2, 30000);
        int taken = items->item(0).ok() ? 0 : 1;
        QCOMPARE(items->item(taken).claimId, m_ids[2]);
        QCOMPARE(items->item(1 - taken).item, QStringLiteral("notes.txt"));
        QVERIFY(!items->item(1 - taken).ok());
        QVERIFY(QFile::exists(folder + QStringLiteral("/processed/scan %1.png").arg(m_ids[2])));
        QVERIFY(QFile::exists(folder + QStringLiteral("/failed/notes.txt")));
        QVERIFY(window.statusBar()->currentMessage().contains(u"Inbox"));

        auto* table = intake->inboxView()->findChild<QTableView*>(QStringLiteral("inboxItems"));
        table->selectRow(1 - taken);
        auto* retry = intake->inboxView()->findChild<QPushButton*>(QStringLiteral("inboxRetry"));
        QVERIFY(retry && retry->isEnabled());
        retry->click();
        QVERIFY(QFile::exists(notes)); // put back, to be taken again
        QVERIFY(!QFile::exists(folder + QStringLiteral("/failed/notes.txt")));
        // taken again, failed again the same way: the same row, not a new one
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(folder + QStringLiteral("/failed/notes.txt")), 30000);
        QCOMPARE(items->rowCount(), 2);
    }

    // A damaged database at start: the user is told what is wrong and may quit;
    // the file is never touched.
    void aDamagedDatabaseIsExplainedAndLeftAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        const QByteArray junk = QByteArray("not a database at all ").repeated(300);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(junk);
        }
        QString shown;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            // The dialog is modal: once it is up, read it and answer "Quit".
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            answer.stop();
            shown = box->text();
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::RejectRole)
                    button->click();
            }
        });
        answer.start(10);
        DesktopSession session;
        QVERIFY(!session.start(path));
        QVERIFY2(shown.contains(u"damaged"), qPrintable(shown));
        QVERIFY(shown.contains(path));
        QVERIFY(!session.window());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk);
    }

    void settingsRefuseAnInvalidRuleSet()
    {
        SettingsDialog dialog(RuleSet::defaults(), m_db->location());
        QSignalSpy changed(&dialog, &SettingsDialog::rulesChanged);
        auto* text
            = dialog.ruleSetEditor()->findChild<QPlainTextEdit*>(QStringLiteral("rulesText"));
        QVERIFY(text);
        text->setPlainText(
            QStringLiteral(R"({"version": "bad", "risk": {"emergency_points": -4}})"));
        auto checked = dialog.ruleSetEditor()->check();
        QVERIFY(!checked.ok());
        QVERIFY(checked.error().contains(u"risk.emergency_points"));
        QCOMPARE(BookRuleSet::active(*m_db)->version, RuleSet::defaults().version);

        text->setPlainText(QStringLiteral(R"({"version": "office-9"})"));
        dialog.accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<RuleSet>().version, QStringLiteral("office-9"));
        QCOMPARE(BookRuleSet::active(*m_db)->version, QStringLiteral("office-9"));
        QVERIFY(BookRuleSet::reset(*m_db).ok());
    }
    void modelSettingsKeepTheKeyOutOfSettings()
    {
        qputenv("CLAIMDESK_LLM_API_KEY", "sk-gui-secret-7");
        {
            SettingsDialog dialog(RuleSet::defaults(), m_db->location());
            ModelSettingsPage* page = dialog.modelPage();
            auto* provider = page->findChild<QComboBox*>();
            QVERIFY(provider);
            provider->setCurrentIndex(provider->findData(QStringLiteral("anthropic")));
            QList<QLineEdit*> edits = page->findChildren<QLineEdit*>();
            // Model name: the edit whose placeholder asks for it.
            for (QLineEdit* e : edits) {
                if (e->placeholderText() == u"model name")
                    e->setText(QStringLiteral("claude-test"));
            }
            // The page says where the key comes from (keychain on a desktop, else the variable).
            auto* state = page->findChild<QLabel*>(QStringLiteral("keyState"));
            QVERIFY(state);
            QTRY_VERIFY(!state->text().startsWith(QStringLiteral("Looking")));
            QVERIFY2(state->text().contains(u"CLAIMDESK_LLM_API_KEY environment variable")
                    || state->text().contains(u"stored in the system keychain"),
                qPrintable(state->text()));
            QVERIFY(!state->text().contains(u"sk-gui-secret-7"));
            QSignalSpy changed(&dialog, &SettingsDialog::modelChanged);
            dialog.accept();
            QCOMPARE(changed.size(), 1);
        }
        QSettings settings;
        QCOMPARE(
            settings.value(QStringLiteral("llm/provider")).toString(), QStringLiteral("anthropic"));
        QCOMPARE(
            settings.value(QStringLiteral("llm/model")).toString(), QStringLiteral("claude-test"));
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"sk-gui-secret-7"), qPrintable(key));
        settings.remove(QStringLiteral("llm"));
        qunsetenv("CLAIMDESK_LLM_API_KEY");
    }
    void adminShowsModelCostsFromTheLedger()
    {
        LlmUsageRepository ledger(*m_db);
        LlmUsage u;
        u.at = QDateTime::currentDateTimeUtc();
        u.operation = QStringLiteral("summary");
        u.model = QStringLiteral("m");
        u.tokensIn = 1200;
        u.tokensOut = 300;
        u.costMicros = 4500;
        u.outcome = QStringLiteral("ok");
        QVERIFY(ledger.record(u).ok());
        u.operation = QStringLiteral("extraction");
        u.outcome = QStringLiteral("timeout");
        QVERIFY(ledger.record(u).ok());
        // A call of last year: outside the 30-day chart, inside the 5-year one.
        u.at = u.at.addDays(-400);
        u.operation = QStringLiteral("summary");
        u.outcome = QStringLiteral("ok");
        u.tokensOut = 1000;
        u.costMicros = 0;
        QVERIFY(ledger.record(u).ok());
        AdminArea admin(m_db->location(), DecisionEngine());
        admin.refresh();
        // The overview counts the book on a worker and shows the true count.
        const qint64 claims = *ClaimRepository(*m_db).countAll();
        auto* info = admin.findChild<QLabel*>(QStringLiteral("adminInfo"));
        QTRY_VERIFY2(
            info->text().contains(
                QStringLiteral("<td>Claims</td><td>%1</td>").arg(QLocale().toString(claims))),
            qPrintable(info->text()));
        auto* table = admin.findChild<QTableWidget*>(QStringLiteral("usageByOperation"));
        QVERIFY(table);
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("summary"));
        QCOMPARE(table->item(1, 5)->text(), QStringLiteral("0.0045 USD"));
        auto* usage = admin.findChild<QLabel*>(QStringLiteral("modelUsage"));
        QVERIFY(usage->text().contains(QStringLiteral("2 calls (1 failed)")));
        // Per claim: the two calls had no claim, so one row with an empty key.
        auto* byClaim = admin.findChild<QTableWidget*>(QStringLiteral("usageByClaim"));
        QVERIFY(byClaim);
        auto* chart = admin.findChild<QChartView*>(QStringLiteral("usageChart"));
        QVERIFY(chart);
        // The chart is read on a worker of its own, apart from the tables: wait for it.
        auto barSum = [chart](int set) {
            auto* bars = qobject_cast<QBarSeries*>(chart->chart()->series().value(0));
            return bars && bars->barSets().size() > set ? bars->barSets()[set]->sum() : -1.0;
        };
        QTRY_COMPARE(barSum(0), 2400.0); // tokens in, today's bucket
        auto* period = admin.findChild<QComboBox*>(QStringLiteral("usagePeriod"));
        period->setCurrentIndex(4); // by year
        QTRY_COMPARE(barSum(1), 1600.0);
    }

    // The summary is asked for with a button and says where it came from.
    void reviewSummaryShowsItsSource()
    {
        MainWindow window(m_db->location(), DecisionEngine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* review = static_cast<ReviewArea*>(window.area(MainWindow::ReviewArea));
        review->selectClaim(m_ids[0]);
        auto* button = review->findChild<QPushButton*>(QStringLiteral("summarize"));
        auto* summary = review->findChild<QLabel*>(QStringLiteral("claimSummary"));
        auto* source = review->findChild<QLabel*>(QStringLiteral("summarySource"));
        QVERIFY(button && summary && source);
        QTRY_VERIFY(button->isEnabled()); // once the claim is read
        button->click(); // offline: the factual summary, at once
        QTRY_VERIFY(source->text().startsWith(u"Factual summary"));
        QVERIFY(summary->text().contains(m_ids[0]));

        // A model server: the summary comes from it, and the call is in the ledger.
        MockLlmServer server;
        const QString text = QStringLiteral("A routine outpatient claim of 450.00 for fever. The "
                                            "rules approve it automatically. Nothing unusual.");
        server.script({ MockLlmServer::json(MockLlmServer::openAiAnswer(text, 60, 25)) });
        ProviderConfig config;
        config.kind = ProviderKind::OpenAi;
        config.baseUrl = server.url();
        config.model = QStringLiteral("mock-1");
        QSettings settings;
        config.save(settings);
        qputenv("CLAIMDESK_LLM_API_KEY", "test-key");
        window.llmSession()->reload();
        QTRY_VERIFY(window.llmSession()->client() != nullptr);
        const qint64 callsBefore = LlmUsageRepository(*m_db)
                                       .totals(QDateTime::currentDateTimeUtc().addDays(-1),
                                           QDateTime::currentDateTimeUtc().addDays(1))
                                       ->calls;
        button->click();
        QTRY_VERIFY2(
            source->text().startsWith(u"From the language model"), qPrintable(source->text()));
        QCOMPARE(summary->text(), text);
        QTRY_COMPARE(LlmUsageRepository(*m_db)
                         .totals(QDateTime::currentDateTimeUtc().addDays(-1),
                             QDateTime::currentDateTimeUtc().addDays(1))
                         ->calls,
            callsBefore + 1);

        // Agent mode: the model's opinion is stored beside the rules' decision and
        // only a reviewer's acceptance marks it.
        auto reply = [](const char* content) {
            return MockLlmServer::json(MockLlmServer::openAiAnswer(QString::fromUtf8(content)));
        };
        server.script({ reply(R"({"decision":"ACCEPT","quality_score":90,"reasoning":"complete"})"),
            reply(R"({"is_covered":true,"expected_reimbursement":200,"reasoning":"in network"})"),
            reply(
                R"({"final_decision":"STANDARD_REVIEW","confidence":0.6,"reasoning":"fever"})") });
        auto* ask = review->findChild<QPushButton*>(QStringLiteral("askAgent"));
        auto* accept = review->findChild<QPushButton*>(QStringLiteral("acceptAgent"));
        auto* opinions = review->findChild<QTextBrowser*>(QStringLiteral("agentOpinions"));
        QVERIFY(ask && accept && opinions);
        QTRY_VERIFY(ask->isEnabled());
        QVERIFY(!accept->isEnabled());
        ask->click();
        QTRY_VERIFY2(opinions->toPlainText().contains(u"Standard review"),
            qPrintable(opinions->toPlainText()));
        QVERIFY(opinions->toPlainText().contains(u"fever"));
        QVERIFY(accept->isEnabled());
        // The rule decision of record is unchanged.
        QCOMPARE(*ClaimRepository(*m_db).find(m_ids[0])->finalDecision, FinalDecision::AutoApprove);
        QTimer::singleShot(0, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        accept->click();
        QTRY_VERIFY(opinions->toPlainText().contains(u"Accepted by"));
        QVERIFY(!accept->isEnabled());
        const auto stored = AgentOpinionRepository(*m_db).forClaim(m_ids[0]);
        QVERIFY(!stored->last().acceptedBy.isEmpty());

        // The policy tab: the model is asked only on request, its flag shown as
        // advice beside the policy's decisions.
        review->selectClaim(m_ids[3]);
        auto* panel = review->findChild<PolicyPanel*>();
        auto* checkClinical = panel->findChild<QPushButton*>(QStringLiteral("checkClinical"));
        QVERIFY(checkClinical);
        QTRY_VERIFY2(panel->plainText().contains(u"not asked yet"), qPrintable(panel->plainText()));
        QVERIFY(checkClinical->isEnabled());
        const int requestsBefore = server.requestCount();
        server.script({ reply(R"({"clinical_flags": [{"field": "pharmacy", "item": "Adol 500 mg",
            "reason": "Duplicates the paracetamol already billed.", "alternatives": []}],
            "alternatives": []})") });
        checkClinical->click();
        QTRY_VERIFY2(panel->plainText().contains(u"Duplicates the paracetamol"),
            qPrintable(panel->plainText()));
        QCOMPARE(server.requestCount(), requestsBefore + 1);
        const QString policyText = panel->plainText();
        QVERIFY(policyText.contains(u"Approval probability: 60% (20 points off"));
        QVERIFY(policyText.contains(u"Allowed")); // Adol stays allowed: the flag is advice
        // Shown again from the session's answer, without a new call.
        review->selectClaim(m_ids[0]);
        // The other claim's policy is on screen before coming back, so the flag
        // below can only come from the kept answer.
        QTRY_VERIFY(panel->plainText().contains(u"Approval probability")
            && !panel->plainText().contains(u"Duplicates the paracetamol"));
        review->selectClaim(m_ids[3]);
        QTRY_VERIFY(panel->plainText().contains(u"Duplicates the paracetamol"));
        QCOMPARE(server.requestCount(), requestsBefore + 1);

        // Back offline for the other tests.
        ProviderConfig().save(settings);
        qunsetenv("CLAIMDESK_LLM_API_KEY");
    }

    void adminLogIsSearchableAndItsLevelChangesWhileRunning()
    {
        AppLogSink sink(m_db->location());
        sink.setLevel(LogLevel::Info);
        AdminArea admin(m_db->location(), DecisionEngine());
        qCInfo(lcUpload) << "document 99 stored on claim H-20260102-000001";
        qCWarning(lcSystem) << "disk nearly full";
        QVERIFY(sink.flush().ok()); // the writer thread would within a second
        admin.refresh();
        auto* table = admin.findChild<QTableWidget*>(QStringLiteral("logTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->rowCount() >= 2); // read on a worker
        auto* text = admin.findChild<QLineEdit*>(QStringLiteral("logSearch"));
        text->setText(QStringLiteral("document 99"));
        Q_EMIT text->returnPressed();
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Upload"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("H-20260102-000001"));
        text->clear();
        auto* levelFilter = admin.findChild<QComboBox*>(QStringLiteral("logLevelFilter"));
        levelFilter->setCurrentIndex(levelFilter->findData(int(LogLevel::Warning)));
        QTRY_COMPARE(table->item(0, 4)->text(), QStringLiteral("disk nearly full"));
        QCOMPARE(table->rowCount(), 1);
        auto* stats = admin.findChild<QLabel*>(QStringLiteral("logStats"));
        QVERIFY2(stats->text().contains(u"Warning 1"), qPrintable(stats->text()));

        auto* level = admin.findChild<QComboBox*>(QStringLiteral("logLevel"));
        level->setCurrentIndex(level->findData(int(LogLevel::Error)));
        QCOMPARE(sink.level(), LogLevel::Error);
        qCWarning(lcSystem) << "not recorded at ERROR";
        QVERIFY(sink.flush().ok());
        admin.refresh();
        levelFilter->setCurrentIndex(0);
        text->setText(QStringLiteral("not recorded"));
        Q_EMIT text->returnPressed();
        QTRY_COMPARE(table->rowCount(), 0);
    }

    // Admin > Policy library: a scanned page imported as a new version, read by
    // OCR on a worker with progress, then used by the checks; a cancelled import
    // stores nothing.
    void adminImportsAScannedPolicyVersion()
    {
        AdminArea admin(m_db->location(), DecisionEngine());
        admin.show();
        QVERIFY(QTest::qWaitForWindowExposed(&admin));
        auto* page = admin.findChild<PolicyLibraryPage*>();
        QVERIFY(page);
        admin.findChild<QTabWidget*>(QStringLiteral("adminTabs"))->setCurrentWidget(page);
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("policyDocuments"));
        auto* status = page->findChild<QLabel*>(QStringLiteral("policyImportStatus"));
        auto* progress = page->findChild<QProgressBar*>(QStringLiteral("policyImportProgress"));
        auto* cancel = page->findChild<QPushButton*>(QStringLiteral("cancelPolicyImport"));
        QVERIFY(table && status && progress && cancel);
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("formulary"));

        const QString text = QString::fromUtf8(DemoData::formulary())
            + QStringLiteral("\n- Ibuprofen 400 mg tablets are not covered.\n");
        const QString png = m_dir.filePath(QStringLiteral("formulary.png"));
        QVERIFY(Test::drawPolicyPage(text, 0.3).save(png));
        page->importFile(png);
        QVERIFY(progress->isVisible());
        QVERIFY(cancel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"version 2 imported"), 60'000);
        QVERIFY2(status->text().contains(u"Read by OCR from 1 page"), qPrintable(status->text()));
        QVERIFY(!progress->isVisible());
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Yes"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("Replaced"));

        PolicyLibrary library(*m_db);
        LineItemChecker checker(library);
        QVERIFY(checker.load().ok());
        const auto check
            = checker.check(QStringLiteral("Ibuprofen 400 mg"), ItemField::Pharmacy, {});
        QVERIFY(check.ok());
        QCOMPARE(check->decisionCode(), QStringLiteral("Excluded"));
        QVERIFY2(check->clause->clauseId.startsWith(u"formulary-v2-"),
            qPrintable(check->clause->clauseId));

        // Another version, cancelled while it is read: nothing stored.
        QVERIFY(Test::drawPolicyPage(text + QStringLiteral("- Aspirin is not covered.\n"), 0)
                    .save(png));
        page->importFile(png);
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Not imported"), 60'000);
        QVERIFY2(status->text().contains(u"cancelled"), qPrintable(status->text()));
        QCOMPARE(table->rowCount(), 2);
    }

    // A bookshop's receipt from 2018 on a health claim whose policy runs through
    // 2026: the Policy tab says why it is implausible, and the approval
    // probability counts it. (Last: it adds a claim to the queue.)
    void policyTabShowsWhatTheDocumentsMakeImplausible()
    {
        NewClaim c;
        c.amount = Money::fromUnits(9);
        c.serviceDate = QDate(2026, 1, 2);
        c.diagnosisCode = QStringLiteral("J10");
        c.claimantNationalId = QStringLiteral("3100701443816");
        ClaimBook book(*m_db, DecisionEngine());
        const QString id = book.file(c, QStringLiteral("t"))->id;
        DocumentRepository documents(*m_db);
        auto added = documents.add(id, "receipt", QStringLiteral("receipt.jpg"),
            QStringLiteral("image/jpeg"), QStringLiteral("t"));
        QVERIFY(added);
        ExtractedField merchant, date;
        merchant.name = QStringLiteral("merchant");
        merchant.value = QStringLiteral("POPULAR BOOK CO");
        date.name = QStringLiteral("date");
        date.value = QStringLiteral("2018-12-25");
        QVERIFY(documents
                    .saveReading(added->document.id, QStringLiteral("receipt"), { merchant, date },
                        QStringLiteral("t"))
                    .ok());
        QVERIFY(book.decide(id).ok());

        MainWindow window(m_db->location(), DecisionEngine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* review = static_cast<ReviewArea*>(window.area(MainWindow::ReviewArea));
        review->selectClaim(id);
        auto* panel = review->findChild<PolicyPanel*>();
        QTRY_VERIFY2(panel->plainText().contains(u"Plausibility"), qPrintable(panel->plainText()));
        const QString text = panel->plainText();
        QVERIFY2(text.contains(u"POPULAR BOOK CO is not a medical provider"), qPrintable(text));
        QVERIFY(text.contains(u"dated 2018-12-25 is outside the policy period"));
        QVERIFY(text.contains(u"days older than the claim"));
        QVERIFY2(text.contains(u"Approval probability: 20% (80 points off for the plausibility "
                               "findings)"),
            qPrintable(text));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
