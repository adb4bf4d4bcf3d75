// Every area, the settings dialog and the mailbox dialog at 1366x768, in English and in Thai: a
// screenshot of each (kept for people, in CLAIMDESK_SCREENSHOTS or the test's
// temporary folder) and no button or one-line label narrower than its text.
#include "DossierView.h"
#include "MailboxDialog.h"
#include "MainWindow.h"
#include "ManagerArea.h"
#include "ReviewArea.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "demo/DemoData.h"
#include "demo/SyntheticClaimGenerator.h"
#include "i18n/Translations.h"
#include "storage/ClaimRepository.h"
#include "triage/ClaimQueueModel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ClaimDesk;

namespace {

QString describe(const QWidget* w, const QString& text, int needed)
{
    return QStringLiteral("%1 \"%2\" (%3): %4 px wide, needs %5")
        .arg(QString::fromLatin1(w->metaObject()->className()), text.left(60),
            w->objectName().isEmpty() ? QStringLiteral("-") : w->objectName())
        .arg(w->width())
        .arg(needed);
}

// True when part of the widget lies outside an ancestor (short of a scrolled
// viewport, where that is the point), so that the part is not drawn.
bool cutByAncestor(const QWidget* w)
{
    QRect visible = w->rect();
    for (const QWidget* child = w; child->parentWidget() && !child->isWindow();
         child = child->parentWidget()) {
        const QWidget* parent = child->parentWidget();
        const auto* scroll = qobject_cast<const QAbstractScrollArea*>(parent->parentWidget());
        if (scroll && parent == scroll->viewport())
            return false;
        visible = visible.translated(child->pos()).intersected(parent->rect());
    }
    return visible.width() < w->width() - 1 || visible.height() < w->height() - 1;
}

// The visible buttons and one-line labels under `root` narrower than their text,
// or drawn only in part.
QStringList clipped(const QWidget* root)
{
    QStringList found;
    const auto widgets = root->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        const auto* button = qobject_cast<const QAbstractButton*>(w);
        const auto* label = qobject_cast<const QLabel*>(w);
        if ((button || label) && cutByAncestor(w)) {
            found << describe(w, button ? button->text() : label->text(), -1)
                    + QStringLiteral(", partly outside its parent");
            continue;
        }
        if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            const int needed = button->sizeHint().width();
            if (!button->text().isEmpty() && needed > button->width() + 1)
                found << describe(w, button->text(), needed);
        } else if (label && label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (!label->text().isEmpty() && needed > label->height() + 1)
                found << describe(w, label->text(), needed) + QStringLiteral(" (height)");
        } else if (label) {
            if (label->text().isEmpty())
                continue;
            const int needed = label->minimumSizeHint().width();
            if (needed > label->width() + 1)
                found << describe(w, label->text(), needed);
        }
    }
    return found;
}

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<Test::GuiThreadQueryWatch> m_guiThreadQueries;
    QString m_shots;

    // Saves what `window` shows as <name>-<language>.png.
    void keep(QWidget* window, const QString& name, const QString& language)
    {
        window->grab().save(
            QDir(m_shots).filePath(QStringLiteral("%1-%2.png").arg(name, language)));
    }

    // Waits for what an area reads on workers to be on screen: the longest texts
    // (figures, the log, the ledger) come with it.
    void readIn(QWidget* area)
    {
        if (auto* manager = qobject_cast<ManagerArea*>(area)) {
            QSignalSpy shown(manager, &ManagerArea::figuresShown);
            manager->refresh();
            QVERIFY(shown.wait(10000));
        } else if (auto* info = area->findChild<QLabel*>(QStringLiteral("adminInfo"))) {
            const QString claims = QLocale().toString(*ClaimRepository(*m_db).countAll());
            QTRY_VERIFY(info->text().contains(claims));
            auto* log = area->findChild<QLabel*>(QStringLiteral("logStats"));
            QTRY_VERIFY(log && !log->text().isEmpty());
        }
    }

    // Shows the widget, then checks its size and that nothing in it is cut.
    bool fits(QWidget* window, const QString& name, const QString& language, QString* why)
    {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // laid out as shown
        keep(window, name, language);
        QStringList problems = clipped(window);
        if (window->width() > 1366 || window->height() > 768)
            problems.prepend(QStringLiteral("the window is %1x%2, the screen 1366x768")
                                 .arg(window->width())
                                 .arg(window->height()));
        *why = QStringLiteral("%1 (%2):\n  ").arg(name, language) + problems.join(u"\n  ");
        return problems.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        m_shots = qEnvironmentVariable("CLAIMDESK_SCREENSHOTS", m_dir.path());
        QDir().mkpath(m_shots);
        m_db = Test::openTempDatabase(m_dir);
        QVERIFY(DemoData::importPolicies(*m_db).ok());
        ClaimBook book(*m_db, DecisionEngine());
        QVERIFY(DemoData::addDemoClaims(book).ok());
        SyntheticClaimGenerator::Options options;
        options.count = 300;
        options.days = 60;
        QVERIFY(SyntheticClaimGenerator(options).generate(*m_db, DecisionEngine()).ok());
    }

    // No statement of the code under test runs on the GUI thread.
    void init() { m_guiThreadQueries.emplace(*m_db); }
    void cleanup()
    {
        Translations::install(QStringLiteral("en"));
        QLocale::setDefault(Translations::localeFor(QStringLiteral("en")));
        Test::verifyNoGuiThreadQueries(m_guiThreadQueries);
    }

    void everyAreaFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Thai") << QStringLiteral("th");
    }

    void everyAreaFits()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(language));
        QLocale::setDefault(Translations::localeFor(language));
        MainWindow window(m_db->location(), DecisionEngine());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems;
        QString why;

        auto* review = static_cast<ReviewArea*>(window.area(MainWindow::ReviewArea));
        window.showArea(MainWindow::ReviewArea);
        QTRY_VERIFY(review->model()->rowCount() > 0 && !review->model()->isReading());
        // A claim without documents: the viewer says so in words that are not cut.
        const QLabel* message = nullptr;
        QSignalSpy shown(review, &ReviewArea::claimShown);
        for (int row = 0; row < 10 && !(message && message->isVisible()); ++row) {
            review->queue()->setCurrentIndex(review->model()->index(row, 0));
            QVERIFY(shown.wait(10000));
            message = review->findChild<QLabel*>(QStringLiteral("pageMessage"));
        }
        QVERIFY(message && message->isVisible());
        QVERIFY(message->text().size() > 20);
        auto* tabs = review->findChild<QTabWidget*>(QStringLiteral("claimTabs"));
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            if (!fits(&window, QStringLiteral("review-tab%1").arg(tab), language, &why))
                problems << why;
        }
        // The dossier opens no taller than the screen.
        DossierView* dossier = review->openDossier();
        QVERIFY(dossier);
        const QRect room = dossier->screen()->availableGeometry();
        QVERIFY2(dossier->height() <= room.height() && dossier->width() <= room.width(),
            qPrintable(QStringLiteral("%1x%2 on %3x%4")
                           .arg(dossier->width())
                           .arg(dossier->height())
                           .arg(room.width())
                           .arg(room.height())));
        dossier->close();
        for (auto area : { MainWindow::IntakeArea, MainWindow::ManagerArea, MainWindow::AdminArea,
                 MainWindow::PortalArea }) {
            window.showArea(area);
            readIn(window.area(area));
            auto* pages = window.area(area)->findChild<QTabWidget*>();
            const int count = pages ? pages->count() : 1;
            for (int page = 0; page < count; ++page) {
                if (pages)
                    pages->setCurrentIndex(page);
                if (!fits(&window, QStringLiteral("area%1-page%2").arg(int(area)).arg(page),
                        language, &why))
                    problems << why;
            }
        }

        SettingsDialog settings(RuleSet::defaults(), window.location(), &window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        auto* settingsPages = settings.findChild<QTabWidget*>();
        for (int page = 0; page < (settingsPages ? settingsPages->count() : 1); ++page) {
            if (settingsPages)
                settingsPages->setCurrentIndex(page);
            if (!fits(&settings, QStringLiteral("settings-page%1").arg(page), language, &why))
                problems << why;
        }
        ImapAccount mailbox;
        mailbox.server = QStringLiteral("imaps://mail.example.com");
        mailbox.user = QStringLiteral("claims");
        MailboxDialog mailboxDialog(mailbox, &settings);
        mailboxDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mailboxDialog));
        if (!fits(&mailboxDialog, QStringLiteral("mailbox"), language, &why))
            problems << why;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
