#include "AppSettings.h"
#include "ConflictDialog.h"
#include "DocumentViewer.h"
#include "PageView.h"
#include "QueueFilterBar.h"
#include "ReviewArea.h"
#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "demo/SyntheticClaimGenerator.h"
#include "i18n/Translations.h"
#include "storage/AuditRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/GuiThreadQueries.h"
#include "triage/ClaimQueueModel.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QGraphicsRectItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace ClaimDesk;

namespace {

QByteArray receiptPng()
{
    QImage page(600, 800, QImage::Format_RGB32);
    page.fill(Qt::white);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    page.save(&buffer, "PNG");
    return buffer.data();
}

ExtractedField field(const char* name, const char* value, QRectF box, double confidence)
{
    ExtractedField f;
    f.name = QLatin1String(name);
    f.value = QLatin1String(value);
    f.printedText = f.value;
    f.box = box;
    f.confidence = confidence;
    return f;
}

} // namespace

class TestReviewArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<Test::GuiThreadQueryWatch> m_guiThreadQueries;
    QString m_claim; // the claim with a receipt
    QList<ExtractedField> m_fields;

    int auditCount(const QString& action) const
    {
        int n = 0;
        const auto trail = AuditRepository(*m_db).forClaim(m_claim);
        for (const AuditEntry& e : *trail)
            n += e.code() == action;
        return n;
    }

    // Selects a claim and waits until its view is read and on show.
    static bool selects(ReviewArea& area, const QString& claimId)
    {
        QSignalSpy shown(&area, &ReviewArea::claimShown);
        area.selectClaim(claimId);
        return shown.wait(10000) && shown.last().first().toString() == claimId;
    }

    // Puts the claim back to Submitted, then shows the area with it selected and read.
    bool showsSubmittedClaim(ReviewArea& area) const
    {
        if (!ClaimRepository(*m_db)
                 .setStatus(m_claim, ClaimStatus::Submitted, QString(), QStringLiteral("t"))
                 .ok())
            return false;
        area.show();
        return QTest::qWaitForWindowExposed(&area) && selects(area, m_claim);
    }

    static QStringList historyActions(ReviewArea& area)
    {
        QStringList actions;
        for (int row = 0; row < area.history()->rowCount(); ++row)
            actions << area.history()->item(row, 2)->text();
        return actions;
    }

    // Shows the area, selects the claim with the receipt and waits for its page.
    bool showsReceipt(ReviewArea& area) const
    {
        area.resize(1400, 900);
        area.show();
        if (!QTest::qWaitForWindowExposed(&area))
            return false;
        QSignalSpy shown(area.documents(), &DocumentViewer::pageShown);
        area.selectClaim(m_claim);
        return shown.wait(10000);
    }

private Q_SLOTS:
    // Each test starts on the whole queue (the app opens on the open claims, or
    // where the user left it: openOnOpenWorkAndWhereLeft).
    // No statement of the code under test runs on the GUI thread.
    void init()
    {
        AppSettings::setLastQueueView(QueueView());
        m_guiThreadQueries.emplace(*m_db);
    }
    void cleanup() { Test::verifyNoGuiThreadQueries(m_guiThreadQueries); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Saved views go to settings: this test's own, in its temporary directory.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        m_db = Test::openTempDatabase(m_dir);
        ClaimBook book(*m_db, DecisionEngine());
        NewClaim c;
        c.amount = Money::fromUnits(100);
        c.providerName = QStringLiteral("Clinic");
        c.diagnosisCode = QStringLiteral("J10");
        c.serviceDate = QDate(2026, 11, 1);
        auto claim = book.file(c, QStringLiteral("t"));
        QVERIFY(claim.ok());
        m_claim = claim->id;
        for (int i = 0; i < 3; ++i) { // others in the queue
            NewClaim other = c;
            other.amount = Money::fromUnits(2000 * (i + 1));
            QVERIFY(book.file(other, QStringLiteral("t")).ok());
        }
        DocumentRepository docs(*m_db);
        auto added = docs.add(m_claim, receiptPng(), QStringLiteral("receipt.png"),
            QStringLiteral("image/png"), QStringLiteral("t"));
        QVERIFY(added.ok());
        QVERIFY(docs.saveReading(added->document.id, QStringLiteral("receipt"),
                        { field("total", "100.00", QRectF(400, 600, 120, 30), 0.95),
                            field("merchant", "Clinic", QRectF(50, 40, 300, 40), 0.5) },
                        QStringLiteral("t"))
                    .ok());
        m_fields = *docs.fields(added->document.id);
    }

    void selectingAClaimShowsItsFirstDocumentWithBoxes()
    {
        ReviewArea area(m_db->location(), DecisionEngine());
        QVERIFY(showsReceipt(area));
        QCOMPARE(area.currentClaimId(), m_claim);
        QCOMPARE(area.documents()->fieldTable()->rowCount(), 2);
        QCOMPARE(area.documents()->thumbnails()->count(), 1);
        // Each field with a box is drawn where it was read (the page is shown at full size).
        QGraphicsRectItem* total = area.documents()->pageView()->boxOf(m_fields.at(0).id);
        QVERIFY(total);
        QVERIFY(total->rect().contains(QRectF(400, 600, 120, 30)));
        QVERIFY(total->toolTip().contains(u"100.00"));
        QCOMPARE(total->pen().color(), PageView::confidenceColor(0.95));
        QCOMPARE(area.documents()->pageView()->boxOf(m_fields.at(1).id)->pen().color(),
            PageView::confidenceColor(0.5));
        // The claim panel lists what was read, under readable labels.
        auto* details = area.findChild<QTextBrowser*>(QStringLiteral("claimDetails"));
        QVERIFY(details->toPlainText().contains(u"Total paid: 100.00"));
    }

    // Selecting a claim reads it on a worker: the window waits for no statement.
    void selectingAClaimRunsNoQueryOnTheGuiThread()
    {
        ReviewArea area(m_db->location(), DecisionEngine());
        area.resize(1400, 900);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTRY_VERIFY(area.model()->rowCount() > 0); // the queue's own page is read
        QStringList onGuiThread;
        const auto previous
            = GuiThreadQueries::setWatcher([&](const QString& sql, const QSqlDriver*) {
                  onGuiThread << sql.simplified().left(60);
              });
        QSignalSpy shown(area.documents(), &DocumentViewer::pageShown);
        area.selectClaim(m_claim);
        const bool pageShown = shown.wait(10000);
        QTRY_VERIFY(area.history()->rowCount() > 0);
        area.documents()->showDocument(0, 0); // the fields come with the claim
        GuiThreadQueries::setWatcher(previous);
        QVERIFY(pageShown);
        QVERIFY2(onGuiThread.isEmpty(), qPrintable(onGuiThread.join(u'\n')));
    }

    // The same bill on two claims (as the duplicate check finds them): each claim
    // shows its own copy of the page.
    void twoClaimsWithTheSameBillEachShowTheirPage()
    {
        ClaimBook book(*m_db, DecisionEngine());
        NewClaim c;
        c.amount = Money::fromUnits(70000); // the top of the queue
        QList<std::pair<QString, qint64>> claims; // and the document of each
        for (int i = 0; i < 2; ++i) {
            auto filed = book.file(c, QStringLiteral("t"));
            QVERIFY(filed.ok());
            auto added = DocumentRepository(*m_db).add(filed->id, receiptPng(),
                QStringLiteral("same.png"), QStringLiteral("image/png"), QStringLiteral("t"));
            QVERIFY(added.ok());
            claims.append({ filed->id, added->document.id });
        }
        ReviewArea area(m_db->location(), DecisionEngine());
        area.resize(1400, 900);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QSignalSpy shown(area.documents(), &DocumentViewer::pageShown);
        for (const auto& [claimId, documentId] : std::as_const(claims)) {
            area.selectClaim(claimId);
            // this claim's own document, whatever was shown before it
            QTRY_VERIFY2_WITH_TIMEOUT(std::any_of(shown.cbegin(), shown.cend(),
                                          [id = documentId](const QList<QVariant>& s) {
                                              return s.at(0).toLongLong() == id;
                                          }),
                qPrintable(claimId), 10000);
        }
    }

    // Ctrl+T takes the first free claim in queue order and shows it; Give back
    // returns it to the queue.
    void takeNextShowsTheTopFreeClaimAsMine()
    {
        ClaimQuery open;
        open.openOnly = true;
        const auto queue = ClaimBook::list(*m_db, open);
        QVERIFY(queue.ok() && !queue->isEmpty());
        ReviewArea area(m_db->location(), DecisionEngine());
        area.resize(1400, 900);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTRY_VERIFY(area.model()->rowCount() > 0);
        QTest::keyClick(&area, Qt::Key_T, Qt::ControlModifier);
        const QString top = queue->first().id;
        QTRY_COMPARE(area.currentClaimId(), top);
        QTRY_COMPARE(ClaimBook::findClaim(*m_db, top)->assignee, m_db->login());
        auto* giveBack = area.findChild<QPushButton*>(QStringLiteral("giveBack"));
        QTRY_VERIFY(giveBack->isEnabled());
        giveBack->click();
        QTRY_COMPARE(ClaimBook::findClaim(*m_db, top)->assignee, QString());
    }

    void fieldAndBoxHighlightEachOther()
    {
        ReviewArea area(m_db->location(), DecisionEngine());
        QVERIFY(showsReceipt(area));
        PageView* view = area.documents()->pageView();
        QTableWidget* table = area.documents()->fieldTable();

        // List -> page: choosing the merchant selects its box.
        table->setCurrentCell(1, DocumentViewer::FieldNameColumn);
        QCOMPARE(view->selectedField(), m_fields.at(1).id);
        QVERIFY(view->boxOf(m_fields.at(1).id)->isSelected());
        QVERIFY(!view->boxOf(m_fields.at(0).id)->isSelected());

        // Page -> list: a click on the total's box selects the total's row.
        QGraphicsRectItem* box = view->boxOf(m_fields.at(0).id);
        view->centerOn(box);
        const QPoint at = view->mapFromScene(box->sceneBoundingRect().center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(area.documents()->selectedField(), m_fields.at(0).id);
        QVERIFY(box->isSelected());
    }

    void correctingAValueIsAuditedDecidedAgainAndUndoable()
    {
        ReviewArea area(m_db->location(), DecisionEngine());
        QVERIFY(showsReceipt(area));
        ClaimBook book(*m_db, DecisionEngine());
        const auto decisionsBefore = book.decisions().history(m_claim)->size();
        const int correctionsBefore = auditCount(QStringLiteral("correction"));

        // Typing in the value cell is the correction.
        QTableWidget* table = area.documents()->fieldTable();
        table->item(0, DocumentViewer::FieldValueColumn)->setText(QStringLiteral("1,250.00"));
        QTRY_COMPARE(
            DocumentRepository(*m_db).field(m_fields.at(0).id)->value, QStringLiteral("1250.00"));
        QCOMPARE(auditCount(QStringLiteral("correction")), correctionsBefore + 1);
        QCOMPARE(book.decisions().history(m_claim)->size(), decisionsBefore + 1);
        QCOMPARE(book.claims().find(m_claim)->amount, Money::fromUnits(1250));
        // The history tab shows it, with the amount that followed, newest first, once
        // the claim is read again.
        QTableWidget* history = area.history();
        const auto newest = [&](const QString& action) {
            const qsizetype at = historyActions(area).indexOf(action);
            return at >= 0 && at < 3;
        };
        QTRY_VERIFY2(
            newest(QStringLiteral("Field corrected")), qPrintable(historyActions(area).join(u',')));
        const QStringList actions = historyActions(area);
        const int corrected = int(actions.indexOf(QStringLiteral("Field corrected")));
        QVERIFY(history->item(corrected, 4)->text().endsWith(u"1250.00"));
        const int followed = int(actions.indexOf(QStringLiteral("Edited: Amount")));
        QVERIFY2(followed >= 0 && followed < 3, qPrintable(actions.join(u',')));
        QTRY_COMPARE(
            table->item(0, DocumentViewer::FieldValueColumn)->text(), QStringLiteral("1250.00"));

        // A value that is not an amount is refused, named, and the list shows the stored one.
        QSignalSpy refused(&area, &ReviewArea::editRefused);
        table->item(0, DocumentViewer::FieldValueColumn)->setText(QStringLiteral("lots"));
        QTRY_COMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().contains(u"Total paid"));
        QTRY_COMPARE(
            table->item(0, DocumentViewer::FieldValueColumn)->text(), QStringLiteral("1250.00"));

        // Undo records the old value again, and the claim's amount follows.
        area.undoStack()->undo();
        QTRY_COMPARE(
            DocumentRepository(*m_db).field(m_fields.at(0).id)->value, QStringLiteral("100.00"));
        QCOMPARE(book.claims().find(m_claim)->amount, Money::fromUnits(100));
        QCOMPARE(auditCount(QStringLiteral("correction")), correctionsBefore + 2);
        QCOMPARE(book.decisions().history(m_claim)->size(), decisionsBefore + 2);
    }

    // A value typed in its cell's editor is a correction, and the editor closes
    // without Qt's "editor does not belong to this view" (the table is refilled
    // when the answer arrives, not while the editor commits).
    void aValueTypedInTheEditorIsCorrectedCleanly()
    {
        ReviewArea area(m_db->location(), DecisionEngine());
        QVERIFY(showsReceipt(area));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("closeEditor")));
        QTableWidget* table = area.documents()->fieldTable();
        QTableWidgetItem* cell = table->item(0, DocumentViewer::FieldValueColumn);
        const QString before = cell->text();
        table->setFocus();
        table->editItem(cell);
        auto* editor = table->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("321.00"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(
            DocumentRepository(*m_db).field(m_fields.at(0).id)->value, QStringLiteral("321.00"));
        QTRY_COMPARE(
            table->item(0, DocumentViewer::FieldValueColumn)->text(), QStringLiteral("321.00"));
        // The step is on the stack once the book's answer is back (the book may be
        // written before the answer reaches this thread).
        QTRY_COMPARE(area.undoStack()->count(), 1);
        area.undoStack()->undo(); // the book as the other tests expect it
        QTRY_COMPARE(DocumentRepository(*m_db).field(m_fields.at(0).id)->value, before);
    }

    // In Thai, on the Review area of a 1366x768 screen, the fields read from the
    // document keep their values whole (the tool bar gives way, not the table),
    // and the useful marks stay in view.
    void fieldValuesFitInThai()
    {
        QVERIFY(Translations::install(QStringLiteral("th")));
        ReviewArea area(m_db->location(), DecisionEngine());
        QVERIFY(showsReceipt(area));
        area.resize(1366 - 92, 700); // the window less the area bar
        QTableWidget* table = area.documents()->fieldTable();
        QVERIFY(table->rowCount() > 0);
        const auto valuesFit = [table] {
            for (int row = 0; row < table->rowCount(); ++row) {
                const QString text = table->item(row, DocumentViewer::FieldValueColumn)->text();
                if (table->fontMetrics().horizontalAdvance(text) + 8
                    > table->columnWidth(DocumentViewer::FieldValueColumn))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY2(valuesFit(),
            qPrintable(QStringLiteral("value column %1 px of %2")
                           .arg(table->columnWidth(DocumentViewer::FieldValueColumn))
                           .arg(table->viewport()->width())));
        QVERIFY(area.findChild<QToolButton*>(QStringLiteral("markUseful"))->isVisible());
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void saveRefusesToOverwriteAndShowsBothVersions()
    {
        ReviewArea area(m_db->location(), DecisionEngine());
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QVERIFY(selects(area, m_claim));
        auto* status = area.findChild<QComboBox*>(QStringLiteral("claimStatus"));
        status->setCurrentIndex(int(ClaimStatus::Approved));
        // Meanwhile someone else puts the claim on hold.
        ClaimRepository claims(*m_db);
        QVERIFY(claims
                    .setStatus(m_claim, ClaimStatus::Pending, QStringLiteral("waiting for X-ray"),
                        QStringLiteral("somchai"))
                    .ok());
        area.findChild<QPushButton*>(QStringLiteral("saveClaim"))->click();
        ConflictDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = area.findChild<ConflictDialog*>()) != nullptr);
        QTableWidget* versions = dialog->versions();
        QCOMPARE(versions->item(0, 1)->text(), claimStatusLabel(ClaimStatus::Approved));
        QCOMPARE(versions->item(0, 2)->text(), claimStatusLabel(ClaimStatus::Pending));
        QVERIFY(versions->item(0, 1)->font().bold()); // they differ
        QCOMPARE(versions->item(1, 2)->text(), QStringLiteral("waiting for X-ray"));
        // Nothing was overwritten.
        QCOMPARE(claims.find(m_claim)->status, ClaimStatus::Pending);
        dialog->findChild<QPushButton*>(QStringLiteral("takeSaved"))->click();
        QTRY_VERIFY(!area.findChild<ConflictDialog*>());
        QTRY_COMPARE(status->currentIndex(), int(ClaimStatus::Pending));
        QCOMPARE(claims.find(m_claim)->status, ClaimStatus::Pending);

        // Applying one's own change on top is a choice made knowingly.
        status->setCurrentIndex(int(ClaimStatus::Approved));
        QVERIFY(claims.setStatus(m_claim, ClaimStatus::UnderReview, {}, QStringLiteral("somchai"))
                    .ok());
        area.findChild<QPushButton*>(QStringLiteral("saveClaim"))->click();
        QTRY_VERIFY((dialog = area.findChild<ConflictDialog*>()) != nullptr);
        dialog->findChild<QPushButton*>(QStringLiteral("applyMine"))->click();
        QTRY_COMPARE(claims.find(m_claim)->status, ClaimStatus::Approved);
    }

    // Save is on the same undo stack as the number keys: undoing it, then the key
    // before it, takes the claim back step by step without calling either a conflict.
    void saveIsUndoneLikeANumberKey()
    {
        ClaimRepository claims(*m_db);
        ReviewArea area(m_db->location(), DecisionEngine());
        QVERIFY(showsSubmittedClaim(area));
        QSignalSpy refused(&area, &ReviewArea::editRefused);
        QSignalSpy shown(&area, &ReviewArea::claimShown);
        area.queue()->setFocus();
        QTest::keyClick(area.queue(), Qt::Key_5); // 5: Rejected
        QTRY_COMPARE(claims.find(m_claim)->status, ClaimStatus::Rejected);
        QTRY_VERIFY(!shown.isEmpty()); // the claim as it now is (it may have come already)
        auto* status = area.findChild<QComboBox*>(QStringLiteral("claimStatus"));
        auto* memo = area.findChild<QPlainTextEdit*>(QStringLiteral("claimMemo"));
        QVERIFY(status && memo);
        QTRY_COMPARE(status->currentIndex(), int(ClaimStatus::Rejected));
        status->setCurrentIndex(int(ClaimStatus::Approved));
        memo->setPlainText(QStringLiteral("receipt checked"));
        area.findChild<QPushButton*>(QStringLiteral("saveClaim"))->click();
        QTRY_COMPARE(claims.find(m_claim)->status, ClaimStatus::Approved);
        QCOMPARE(claims.find(m_claim)->memo, QStringLiteral("receipt checked"));

        QTRY_COMPARE(area.undoStack()->count(), 2); // pushed when the Save is answered
        area.undoStack()->undo(); // the Save
        QTRY_COMPARE(claims.find(m_claim)->status, ClaimStatus::Rejected);
        QCOMPARE(claims.find(m_claim)->memo, QString());
        area.undoStack()->undo(); // the number key
        QTRY_COMPARE(claims.find(m_claim)->status, ClaimStatus::Submitted);
        QVERIFY2(refused.isEmpty(),
            qPrintable(refused.isEmpty() ? QString() : refused.first().first().toString()));
    }

    // Keys, then Ctrl+Z, pressed faster than the book answers: each waits for the
    // edits before it, so the undo takes back the last key, not the first.
    void undoWaitsForTheEditsBeforeIt()
    {
        ClaimRepository claims(*m_db);
        ReviewArea area(m_db->location(), DecisionEngine());
        QVERIFY(showsSubmittedClaim(area));
        QAction* undo = nullptr;
        for (QAction* a : area.actions()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = a;
        }
        QVERIFY(undo);
        area.setSelectedStatus(ClaimStatus::Rejected);
        area.setSelectedStatus(ClaimStatus::Pending); // waits for the first
        QVERIFY(undo->isEnabled()); // asked for while the keys are on their way
        undo->trigger(); // waits for both
        QTRY_VERIFY(area.undoStack()->count() == 2 && area.undoStack()->index() == 1);
        QTRY_COMPARE(claims.find(m_claim)->status, ClaimStatus::Rejected);
    }

    // An edit asked for one claim that waits while another claim comes on show is
    // not made on either, and the reviewer is told.
    void aWaitingEditIsNotMadeOnAnotherClaim()
    {
        ClaimRepository claims(*m_db);
        ReviewArea area(m_db->location(), DecisionEngine());
        QVERIFY(showsSubmittedClaim(area));
        auto others = claims.list(ClaimQuery());
        QVERIFY(others && others->size() > 1);
        const Claim other = others->at(0).id == m_claim ? others->at(1) : others->at(0);
        QSignalSpy refused(&area, &ReviewArea::editRefused);
        area.setSelectedStatus(ClaimStatus::Rejected);
        area.setSelectedStatus(ClaimStatus::Pending); // waits for the first
        area.selectClaim(other.id); // before either is answered
        QTRY_VERIFY(!refused.isEmpty());
        QVERIFY2(refused.last().first().toString().contains(m_claim),
            qPrintable(refused.last().first().toString()));
        QCOMPARE(claims.find(m_claim)->status, ClaimStatus::Rejected);
        QCOMPARE(claims.find(other.id)->status, other.status);
    }

    // A row selected before its page has arrived shows its claim once it has.
    void aRowPastTheFirstPageIsShownWhenItArrives()
    {
        QTemporaryDir dir;
        const Database book = Test::openTempDatabase(dir);
        SyntheticClaimGenerator::Options options;
        options.count = 450;
        QVERIFY(SyntheticClaimGenerator(options).generate(book, DecisionEngine()).ok());
        m_guiThreadQueries.emplace(book); // this test's own connection is this one
        AppSettings::setLastQueueView({ QString(), ClaimQuery() }); // every claim
        ReviewArea area(book.location(), DecisionEngine());
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTRY_VERIFY(area.model()->rowCount() == 450 && !area.model()->isReading());
        QVERIFY(area.model()->claimIdAt(300).isEmpty()); // its page is not read yet
        QSignalSpy shown(&area, &ReviewArea::claimShown);
        area.queue()->setCurrentIndex(area.model()->index(300, 0));
        QVERIFY(shown.wait(10000));
        QVERIFY(!area.currentClaimId().isEmpty());
        QCOMPARE(area.currentClaimId(), area.model()->claimIdAt(300));

        // The rows read again (as after an edit) keep their number and the row
        // on show until they are counted: the claim does not change under the user.
        const QString onShow = area.currentClaimId();
        int rowsAtReset = -1;
        connect(area.model(), &QAbstractItemModel::modelReset, this,
            [&] { rowsAtReset = area.model()->rowCount(); });
        QSignalSpy reset(area.model(), &QAbstractItemModel::modelReset);
        area.refresh();
        QVERIFY(reset.wait(10000));
        QCOMPARE(rowsAtReset, 450);
        QTRY_VERIFY(!area.model()->isReading());
        QCOMPARE(area.model()->rowCount(), 450);
        QCOMPARE(area.currentClaimId(), onShow);
    }

    // Two number keys in a row: the second starts from the claim the first left,
    // before the claim is read again, and is not taken for someone else's change.
    void twoNumberKeysInARowAreBothTaken()
    {
        ClaimRepository claims(*m_db);
        ReviewArea area(m_db->location(), DecisionEngine());
        QVERIFY(showsSubmittedClaim(area));
        QSignalSpy refused(&area, &ReviewArea::editRefused);
        area.queue()->setFocus();
        QTest::keyClick(area.queue(), Qt::Key_5); // Rejected
        QTest::keyClick(area.queue(), Qt::Key_3); // Pending, at once
        QTRY_COMPARE(area.undoStack()->count(), 2);
        QTRY_COMPARE(claims.find(m_claim)->status, ClaimStatus::Pending);
        QVERIFY2(refused.isEmpty(),
            qPrintable(refused.isEmpty() ? QString() : refused.first().first().toString()));
        area.undoStack()->undo();
        QTRY_COMPARE(claims.find(m_claim)->status, ClaimStatus::Rejected);
    }

    void numberKeysSetTheStatusUndoably()
    {
        ReviewArea area(m_db->location(), DecisionEngine());
        QVERIFY(showsSubmittedClaim(area));
        area.queue()->setFocus();
        QTest::keyClick(area.queue(), Qt::Key_5); // 5: Rejected
        QTRY_COMPARE(ClaimRepository(*m_db).find(m_claim)->status, ClaimStatus::Rejected);
        QCOMPARE(area.currentClaimId(), m_claim);
        QTRY_COMPARE(area.model()->data(area.model()->index(
                         area.queue()->currentIndex().row(), ClaimQueueModel::StatusColumn)),
            QVariant(claimStatusLabel(ClaimStatus::Rejected)));
        QTest::keySequence(&area, QKeySequence::Undo);
        QTRY_COMPARE(ClaimRepository(*m_db).find(m_claim)->status, ClaimStatus::Submitted);
        // Someone else moves the claim on: redoing is refused, not forced.
        QVERIFY(ClaimRepository(*m_db)
                    .setStatus(m_claim, ClaimStatus::Paid, {}, QStringLiteral("x"))
                    .ok());
        QSignalSpy refused(&area, &ReviewArea::editRefused);
        area.undoStack()->redo();
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(ClaimRepository(*m_db).find(m_claim)->status, ClaimStatus::Paid);
        QVERIFY(ClaimRepository(*m_db)
                    .setStatus(m_claim, ClaimStatus::Submitted, {}, QStringLiteral("t"))
                    .ok());
    }

    // A filter that leaves the claim out empties its panel: nothing stale stays
    // on screen with Save enabled.
    void aFilterThatDropsTheClaimEmptiesItsPanel()
    {
        ReviewArea area(m_db->location(), DecisionEngine());
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QVERIFY(selects(area, m_claim));
        auto* save = area.findChild<QPushButton*>(QStringLiteral("saveClaim"));
        QVERIFY(save->isEnabled());
        const ClaimStatus now = ClaimRepository(*m_db).find(m_claim)->status;
        const ClaimStatus other
            = now == ClaimStatus::Paid ? ClaimStatus::Pending : ClaimStatus::Paid;
        QComboBox* status = area.filters()->statusFilter();
        status->setCurrentIndex(status->findData(int(other)));
        QTRY_VERIFY(area.currentClaimId().isEmpty());
        QVERIFY(!save->isEnabled());
        auto* details = area.findChild<QTextBrowser*>(QStringLiteral("claimDetails"));
        QVERIFY(!details->toPlainText().contains(m_claim));
        // A filter that keeps it keeps it on show.
        status->setCurrentIndex(status->findData(int(now)));
        QVERIFY(selects(area, m_claim));
        status->setCurrentIndex(0); // every status: the claim is still there
        QTRY_COMPARE(area.currentClaimId(), m_claim);
        QVERIFY(save->isEnabled());
    }

    // The queue opens on open work the first time, then where the user left it;
    // the search follows typing once it pauses.
    void openOnOpenWorkAndWhereLeft()
    {
        QSettings().remove(QStringLiteral("review/lastView")); // a first launch
        QVERIFY(ClaimRepository(*m_db) // a decided claim, which Open leaves out
                    .setStatus(m_claim, ClaimStatus::Approved, QString(), QStringLiteral("t"))
                    .ok());
        {
            ReviewArea area(m_db->location(), DecisionEngine());
            QVERIFY(area.model()->query().openOnly);
            QTRY_VERIFY(!area.model()->isReading());
            QVERIFY(area.model()->rowCount() > 0);
            QCOMPARE(area.filters()->statusFilter()->currentText().section(u' ', 0, 0),
                QStringLiteral("Open"));
            for (int row = 0; row < area.model()->rowCount(); ++row) {
                const QString status
                    = area.model()
                          ->data(area.model()->index(row, ClaimQueueModel::StatusColumn))
                          .toString();
                QVERIFY2(status != claimStatusLabel(ClaimStatus::Paid)
                        && status != claimStatusLabel(ClaimStatus::Rejected)
                        && status != claimStatusLabel(ClaimStatus::Approved),
                    qPrintable(status));
            }
            // Open is one choice of the status facet: the others still count every claim.
            QComboBox* status = area.filters()->statusFilter();
            const qint64 all = *ClaimRepository(*m_db).countAll();
            QTRY_VERIFY2(status->itemText(0).endsWith(QStringLiteral("(%1)").arg(all)),
                qPrintable(status->itemText(0)));
            status->setCurrentIndex(status->findData(int(ClaimStatus::Pending)));
            area.queue()->horizontalHeader()->setSortIndicator(
                ClaimQueueModel::AmountColumn, Qt::DescendingOrder);
        }
        ReviewArea again(m_db->location(), DecisionEngine());
        QCOMPARE(again.model()->query().status, ClaimStatus::Pending);
        QVERIFY(!again.model()->query().openOnly);
        QCOMPARE(again.model()->query().sort, QueueSort::Amount);
        QVERIFY(again.model()->query().descending);

        // Typing searches without Enter, after a pause.
        again.applyView(QueueView());
        QLineEdit* search = again.filters()->searchField();
        QTest::keyClicks(search, m_claim);
        QVERIFY(again.model()->query().search.isEmpty()); // not at every key
        QTRY_COMPARE(again.model()->query().search, m_claim);
        QTRY_COMPARE(again.model()->rowCount(), 1);
    }

    // A status chosen in the list and not yet saved survives the claim being read
    // again (after a useful mark, an import, a model's opinion).
    void anUnsavedStatusChoiceSurvivesARead()
    {
        ReviewArea area(m_db->location(), DecisionEngine());
        QVERIFY(showsSubmittedClaim(area));
        auto* status = area.findChild<QComboBox*>(QStringLiteral("claimStatus"));
        status->setCurrentIndex(int(ClaimStatus::Approved));
        Q_EMIT status->activated(int(ClaimStatus::Approved)); // as a person's choice
        QSignalSpy shown(&area, &ReviewArea::claimShown);
        area.refresh(); // the claim is read again
        QVERIFY(shown.wait(10000));
        QCOMPARE(status->currentIndex(), int(ClaimStatus::Approved));
        QCOMPARE(ClaimRepository(*m_db).find(m_claim)->status, ClaimStatus::Submitted);
    }

    void filtersShowCountsAndViewsAreSaved()
    {
        ReviewArea area(m_db->location(), DecisionEngine());
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QComboBox* status = area.filters()->statusFilter();
        const qint64 submitted = *ClaimRepository(*m_db).count([] {
            ClaimQuery q;
            q.status = ClaimStatus::Submitted;
            return q;
        }());
        // Counted off the UI thread; the texts follow.
        const QString expected = QStringLiteral("%1 (%2)")
                                     .arg(claimStatusLabel(ClaimStatus::Submitted))
                                     .arg(submitted);
        QTRY_COMPARE(status->itemText(status->findData(int(ClaimStatus::Submitted))), expected);

        status->setCurrentIndex(status->findData(int(ClaimStatus::Submitted)));
        area.queue()->horizontalHeader()->setSortIndicator(
            ClaimQueueModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(area.model()->query().sort, QueueSort::Amount);
        QTRY_COMPARE(area.model()->rowCount(), int(submitted));
        area.saveView(QStringLiteral("Submitted by amount"));

        area.applyView(QueueView()); // the whole queue in queue order
        QVERIFY(!area.model()->query().status);
        QCOMPARE(area.model()->query().sort, QueueSort::Queue);
        const auto views = AppSettings::savedViews();
        QCOMPARE(views.size(), 1);
        area.applyView(views.first());
        QCOMPARE(area.model()->query().status, ClaimStatus::Submitted);
        QCOMPARE(area.model()->query().sort, QueueSort::Amount);
        QVERIFY(area.model()->query().descending);
        QCOMPARE(area.queue()->horizontalHeader()->sortIndicatorSection(),
            int(ClaimQueueModel::AmountColumn));
        // The largest submitted amount first.
        QTRY_VERIFY(!area.model()->isReading());
        QCOMPARE(area.model()->rowCount(), int(submitted));
        qint64 largest = 0;
        for (int row = 0; row < area.model()->rowCount(); ++row)
            largest = std::max(largest,
                ClaimRepository(*m_db).find(area.model()->claimIdAt(row))->amount->cents());
        QCOMPARE(ClaimRepository(*m_db).find(area.model()->claimIdAt(0))->amount->cents(), largest);
        area.deleteView(QStringLiteral("Submitted by amount"));
        QVERIFY(AppSettings::savedViews().isEmpty());
    }
};

QTEST_MAIN(TestReviewArea)
#include "tst_reviewarea.moc"
