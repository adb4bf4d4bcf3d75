// The claim conversation as an adjuster uses it: typing, quick replies, a file
// dropped onto the conversation, the checklist ticking, offscreen.
#include "ChatPane.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "ocr/TesseractEngine.h"
#include "storage/DocumentRepository.h"

#include <QApplication>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace ClaimDesk;

class TestChatPane final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QList<QLabel*> bubbles(ChatPane& pane, const char* name)
    {
        return pane.findChildren<QLabel*>(QString::fromLatin1(name));
    }

    static QPushButton* quickReply(ChatPane& pane, const QString& containing)
    {
        for (QPushButton* b : pane.findChildren<QPushButton*>(QStringLiteral("quickReply")))
            if (b->text().contains(containing))
                return b;
        return nullptr;
    }

    static QListWidgetItem* checklistItem(ChatPane& pane, const QString& key)
    {
        auto* list = pane.findChild<QListWidget*>(QStringLiteral("checklist"));
        for (int i = 0; list && i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == key)
                return list->item(i);
        return nullptr;
    }

    static void drop(QWidget* target, const QStringList& files)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString& f : files)
            urls << QUrl::fromLocalFile(f);
        data.setUrls(urls);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
    }

    QString drawnReceipt()
    {
        const QString path = m_dir.filePath(QStringLiteral("receipt.png"));
        Test::drawReceipt(path,
            { QStringLiteral("CITY CARE CLINIC"), QStringLiteral("RECEIPT"),
                QStringLiteral("Date: 12/06/2026"),
                QStringLiteral("Consultation            800.00"),
                QStringLiteral("TOTAL                   800.00"), QStringLiteral("THANK YOU") });
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void typeDropClickAndTick()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("chat.sqlite"));
        {
            auto db = Database::open(Test::bookAt(dbPath));
            QVERIFY(db);
            QVERIFY(DemoData::importPolicies(*db));
        }
        const Test::GuiThreadQueryWatch guiThreadQueries; // the conversation runs none here
        IntakeSession session;
        session.setLanguage(ReplyLanguage::English);
        ChatPane pane(&session);
        pane.resize(1100, 700);
        pane.show();
        // a fixed day inside the demo policy's period
        session.open(Test::bookAt(dbPath), DecisionEngine(),
            fixedClock(QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC)));
        QTRY_COMPARE(bubbles(pane, "assistantBubble").size(), 1); // the greeting

        // Shift+Enter is a new line; Enter sends
        auto* input = pane.findChild<QPlainTextEdit*>(QStringLiteral("chatInput"));
        QVERIFY(input);
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("hello"));
        QTest::keyClick(input, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(input, QStringLiteral("there"));
        QCOMPARE(input->toPlainText(), QStringLiteral("hello\nthere"));
        QCOMPARE(bubbles(pane, "customerBubble").size(), 0);
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(input->toPlainText(), QString());
        QCOMPARE(bubbles(pane, "customerBubble").size(), 1);
        QTRY_COMPARE(bubbles(pane, "assistantBubble").size(), 2);
        // neither car nor health: the types are offered
        QTRY_VERIFY(quickReply(pane, QStringLiteral("Health")));
        QTest::mouseClick(quickReply(pane, QStringLiteral("Health")), Qt::LeftButton);
        auto* claim = pane.findChild<QLabel*>(QStringLiteral("chatClaim"));
        QTRY_VERIFY(claim->text().contains(QLatin1String("H-")));
        QVERIFY(checklistItem(pane, QStringLiteral("receipt")));
        QCOMPARE(checklistItem(pane, QStringLiteral("receipt"))->checkState(), Qt::Unchecked);

        QTest::keyClicks(input, QStringLiteral("3-1007-01443-81-6"));
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY(
            bubbles(pane, "assistantBubble").last()->text().contains(QLatin1String("verified")));

        // a file that is not a document: said, and the conversation goes on
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a document");
        f.close();
        drop(&pane, { notes });
        QTRY_VERIFY(
            bubbles(pane, "assistantBubble").last()->text().contains(QLatin1String("notes.txt")));

        // the receipt dropped onto the conversation is read and ticked
        drop(&pane, { drawnReceipt() });
        QTRY_VERIFY_WITH_TIMEOUT(
            checklistItem(pane, QStringLiteral("receipt"))->checkState() == Qt::Checked, 60000);
        QVERIFY(bubbles(pane, "assistantBubble").last()->text().contains(QLatin1String("Receipt")));
        QVERIFY(!pane.findChildren<QLabel*>(QStringLiteral("uploadThumbnail")).isEmpty());
        auto* received = pane.findChild<QListWidget*>(QStringLiteral("receivedDocuments"));
        QCOMPARE(received->count(), 1);
        QVERIFY(received->item(0)->text().contains(QLatin1String("800.00")));
        // incomplete: Submit stays disabled
        QVERIFY(!pane.findChild<QPushButton*>(QStringLiteral("submitClaim"))->isEnabled());
        QVERIFY2(
            guiThreadQueries.statements().isEmpty(), qPrintable(guiThreadQueries.statements()));
        const QString claimId
            = claim->text().section(QStringLiteral("</b>"), 0, 0).section(u' ', -1);

        // An adjuster corrects the total; the customer comes back after a restart:
        // the list says what the book holds now, with the photo's thumbnail.
        {
            auto db = Database::open(Test::bookAt(dbPath));
            QVERIFY(db);
            DocumentRepository documents(*db);
            const auto stored = documents.forClaim(claimId);
            QVERIFY2(stored && stored->size() == 1, qPrintable(claimId));
            const auto fields = documents.fields(stored->first().id);
            const auto total = std::find_if(fields->cbegin(), fields->cend(),
                [](const ExtractedField& f) { return f.name == u"total"; });
            QVERIFY(total != fields->cend());
            QVERIFY(documents.correctField(*total, QStringLiteral("900.00"), QStringLiteral("t")));
        }
        IntakeSession again;
        again.setLanguage(ReplyLanguage::English);
        ChatPane restarted(&again);
        again.open(Test::bookAt(dbPath), DecisionEngine(),
            fixedClock(QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC)));
        auto* list = restarted.findChild<QListWidget*>(QStringLiteral("receivedDocuments"));
        QTRY_COMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QLatin1String("900.00")),
            qPrintable(list->item(0)->text()));
        QVERIFY(!list->item(0)->icon().isNull());
    }

    void resumesAfterARestart()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("resume.sqlite"));
        {
            IntakeSession session;
            session.setLanguage(ReplyLanguage::English);
            ChatPane pane(&session);
            session.open(Test::bookAt(dbPath), DecisionEngine());
            QTRY_COMPARE(bubbles(pane, "assistantBubble").size(), 1);
            auto* input = pane.findChild<QPlainTextEdit*>(QStringLiteral("chatInput"));
            input->setPlainText(QStringLiteral("my car was hit"));
            pane.sendTypedMessage();
            QTRY_COMPARE(bubbles(pane, "assistantBubble").size(), 2);
        }
        IntakeSession session;
        ChatPane pane(&session);
        session.open(Test::bookAt(dbPath), DecisionEngine());
        QTRY_COMPARE(bubbles(pane, "assistantBubble").size(), 2);
        QCOMPARE(bubbles(pane, "customerBubble").first()->text(), QStringLiteral("my car was hit"));
        QVERIFY(pane.findChild<QLabel*>(QStringLiteral("chatClaim"))
                    ->text()
                    .contains(QLatin1String("CD-")));
        QVERIFY(checklistItem(pane, QStringLiteral("driving_license_customer")));

        // cancelling still tells the book that claim changed (it is marked cancelled)
        QSignalSpy changed(&pane, &ChatPane::claimChanged);
        pane.findChild<QPlainTextEdit*>(QStringLiteral("chatInput"))
            ->setPlainText(QStringLiteral("cancel"));
        pane.sendTypedMessage();
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().toString().startsWith(QLatin1String("CD-")));
    }
};

QTEST_MAIN(TestChatPane)
#include "tst_chatpane.moc"
