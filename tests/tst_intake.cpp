// The chat intake engine through seed 004's flows, headless.
#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "demo/DemoData.h"
#include "domain/DocumentCategory.h"
#include "intake/IntakeEngine.h"
#include "intake/IntakeKeywords.h"
#include "ocr/TesseractEngine.h"
#include "storage/AppointmentRepository.h"
#include "storage/AuditRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/IntakeConversationRepository.h"
#include "storage/SqlHelpers.h"
#include "util/NationalId.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>

using namespace ClaimDesk;

namespace {

const QDateTime Now(QDate(2026, 6, 15), QTime(9, 30), Qt::UTC);

// What the stand-in reader says of each test file: its category and fields, as
// the real pipeline would (the pipeline itself is tested in tst_documentpipeline,
// and once through the intake below).
struct FakeReading
{
    QString category;
    QList<ExtractedField> fields;
};

using Test::field;

} // namespace

class TestIntake final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClaimBook> m_book;
    QHash<QString, FakeReading> m_readings; // by file name
    int m_files = 0;

    // A small distinct PNG (so each file is a new document) read as `reading`.
    QString file(const FakeReading& reading)
    {
        const QString name = QStringLiteral("doc%1.png").arg(++m_files);
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(QColor::fromRgb(m_files * 7919 & 0xffffff));
        image.save(m_dir.filePath(name));
        m_readings.insert(name, reading);
        return m_dir.filePath(name);
    }

    QString file(const QString& category) { return file(FakeReading { category, {} }); }

    IntakeEngine::DocumentStore fakeStore()
    {
        return [this](const QString& claimId, const QString& path,
                   const std::atomic_bool* cancel) -> ImportReport::Item {
            ImportReport::Item item;
            item.file = path;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                item.error = f.errorString();
                return item;
            }
            if (cancel && cancel->load())
                return item;
            DocumentRepository documents(*m_db);
            auto added = documents.add(claimId, f.readAll(), QFileInfo(path).fileName(),
                QStringLiteral("image/png"), QStringLiteral("test"));
            if (!added) {
                item.error = added.error();
                return item;
            }
            item.document = added->document;
            item.stored = added->outcome == DocumentRepository::AddOutcome::Added;
            item.duplicate = !item.stored;
            if (item.stored) {
                const FakeReading r = m_readings.value(QFileInfo(path).fileName());
                if (!documents.saveReading(
                        item.document.id, r.category, r.fields, QStringLiteral("test")))
                    item.readError = QStringLiteral("not saved");
                item.document.category = r.category;
                item.fields = r.fields;
                item.read = true;
            }
            return item;
        };
    }

    std::unique_ptr<IntakeEngine> engine()
    {
        auto e = std::make_unique<IntakeEngine>(*m_book, fakeStore(), fixedClock(Now));
        e->setLanguage(ReplyLanguage::English);
        return e;
    }

    static QString validId(const char* first12)
    {
        const QString f = QString::fromLatin1(first12);
        return f + QString::number(NationalId::checkDigit(f));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db.reset();
        m_book.reset();
        Test::removeBook(m_dir.filePath(QStringLiteral("intake.sqlite")));
        m_db = std::make_unique<Database>(
            Test::openTempDatabase(m_dir, QStringLiteral("intake.sqlite")));
        QVERIFY(DemoData::importPolicies(*m_db));
        QVERIFY(DemoData::importFormulary(*m_db));
        m_book = std::make_unique<ClaimBook>(*m_db, DecisionEngine(), fixedClock(Now));
    }

    void cleanup()
    {
        m_book.reset();
        m_db.reset();
    }

    void claimTypeKeywords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("type");
        for (const QString& w : IntakeKeywords::carKeywords())
            QTest::newRow(qPrintable(QStringLiteral("car ") + w)) << w << int(ClaimType::CarDamage);
        for (const QString& w : IntakeKeywords::healthKeywords())
            QTest::newRow(qPrintable(QStringLiteral("health ") + w)) << w << int(ClaimType::Health);
    }

    void claimTypeKeywords()
    {
        QFETCH(QString, word);
        QFETCH(int, type);
        // alone, and inside a sentence
        for (const QString& message :
            QStringList { word, QStringLiteral("please help, ") + word + u'!' }) {
            const ClaimTypeGuess g = IntakeKeywords::detectClaimType(message);
            QVERIFY2(g.type, qPrintable(message));
            QCOMPARE(int(*g.type), type);
        }
    }

    void seedKeywordListsAreKept()
    {
        // seed 004, section 5.2: the lists the data rows above are drawn from
        const QStringList car { QStringLiteral("รถ"), QStringLiteral("ชน"), QStringLiteral("เฉี่ยว"),
            QStringLiteral("ขโมย"), QStringLiteral("หาย"), QStringLiteral("car"),
            QStringLiteral("vehicle"), QStringLiteral("accident"), QStringLiteral("damage"),
            QStringLiteral("crash") };
        const QStringList health { QStringLiteral("เจ็บ"), QStringLiteral("ป่วย"),
            QStringLiteral("ผ่าตัด"), QStringLiteral("โรง"), QStringLiteral("พยาบาล"),
            QStringLiteral("health"), QStringLiteral("sick"), QStringLiteral("hospital"),
            QStringLiteral("medical"), QStringLiteral("surgery") };
        for (const QString& w : car)
            QVERIFY2(IntakeKeywords::carKeywords().contains(w), qPrintable(w));
        for (const QString& w : health)
            QVERIFY2(IntakeKeywords::healthKeywords().contains(w), qPrintable(w));
    }

    void claimTypeScoringAndTies()
    {
        // Thai without spaces: "โรงพยาบาล" holds two health keywords and wins over "รถ"
        auto g = IntakeKeywords::detectClaimType(QStringLiteral("รถชนแล้วต้องไปโรงพยาบาล"));
        QCOMPARE(g.carScore, 2);
        QCOMPARE(g.healthScore, 2);
        QVERIFY(!g.type); // a tie asks
        g = IntakeKeywords::detectClaimType(
            QStringLiteral("my car crashed and I went to hospital"));
        QCOMPARE(g.carScore, 2);
        QCOMPARE(g.healthScore, 1);
        QCOMPARE(*g.type, ClaimType::CarDamage);
        QVERIFY(!IntakeKeywords::detectClaimType(QStringLiteral("hello there")).type);
        // whole English words only: "careful" is not "car"
        QVERIFY(!IntakeKeywords::detectClaimType(QStringLiteral("be careful")).type);

        auto e = engine();
        e->handle(IntakeInput::say(QStringLiteral("car accident, now in hospital")));
        QCOMPARE(*e->state().claimType, ClaimType::CarDamage); // 2 against 1
        auto tie = engine();
        const IntakeReply r = tie->handle(IntakeInput::say(QStringLiteral("car and hospital")));
        QVERIFY(!tie->state().claimType);
        QCOMPARE(r.quickReplies.size(), 2);
    }

    void cancelWords()
    {
        for (const QString& w : IntakeKeywords::cancelKeywords())
            QVERIFY2(IntakeKeywords::isCancel(w), qPrintable(w));
        QVERIFY(IntakeKeywords::isCancel(QStringLiteral("Cancel my claim please")));
        QVERIFY(IntakeKeywords::isCancel(QStringLiteral("ยกเลิกเคลม")));
        QVERIFY(
            !IntakeKeywords::isCancel(QStringLiteral("the other car did not stop at the light")));
        QVERIFY(!IntakeKeywords::isCancel(QStringLiteral("stopped")));
    }

    void tieAsksAndQuickReplyOpens()
    {
        auto e = engine();
        IntakeReply r = e->handle(IntakeInput::say(QStringLiteral("hello")));
        QVERIFY(e->state().claimId.isEmpty());
        QCOMPARE(r.quickReplies.size(), 2);
        r = e->handle(r.quickReplies.at(1).input); // Health
        QVERIFY(e->state().claimId.startsWith(QLatin1String("H-")));
        QCOMPARE(*e->state().claimType, ClaimType::Health);
        QVERIFY(r.text.en.contains(e->state().claimId));
        QVERIFY(m_book->claims().find(e->state().claimId));
    }

    // A step whose conversation cannot be saved keeps nothing: the claim it opened
    // is rolled back with it, the customer is told, and the next try works.
    void aStepThatCannotBeSavedKeepsNothing()
    {
        QSqlQuery q = m_db->query();
        QVERIFY(Test::refuseWrites(*m_db, QStringLiteral("refuse_intake_save"),
            QStringLiteral("UPDATE OF state"), QStringLiteral("intake_conversations")));
        const qint64 claimsBefore = *m_book->claims().countAll();
        auto e = engine();
        IntakeReply r = e->handle(IntakeInput::chooseType(ClaimType::Health));
        QCOMPARE(r.error, IntakeError::Storage);
        QVERIFY2(r.text.en.contains(u"disk full"), qPrintable(r.text.en));
        QVERIFY(e->state().claimId.isEmpty());
        QCOMPARE(*m_book->claims().countAll(), claimsBefore); // the claim went with it

        QVERIFY(Test::allowWrites(
            *m_db, QStringLiteral("refuse_intake_save"), QStringLiteral("intake_conversations")));
        r = e->handle(IntakeInput::chooseType(ClaimType::Health));
        QCOMPARE(r.error, IntakeError::None);
        QVERIFY(m_book->claims().find(e->state().claimId).ok());
        QCOMPARE(*m_book->claims().countAll(), claimsBefore + 1);
        // A resumed conversation finds the claim it opened.
        auto resumed = engine();
        QVERIFY(resumed->resume(e->conversationId()).value_or(false));
        QCOMPARE(resumed->state().claimId, e->state().claimId);
    }

    // An upload whose conversation cannot be noted: the document is on the claim,
    // and the customer is told so, not asked to send it again.
    void anUploadThatCannotBeNotedSaysItIsStored()
    {
        auto e = engine();
        QCOMPARE(e->handle(IntakeInput::chooseType(ClaimType::Health)).error, IntakeError::None);
        QSqlQuery q = m_db->query();
        QVERIFY(Test::refuseWrites(*m_db, QStringLiteral("refuse_intake_save"),
            QStringLiteral("UPDATE OF state"), QStringLiteral("intake_conversations")));
        const QString receipt = file(DocumentCategory::Receipt);
        const IntakeReply r = e->handle(IntakeInput::upload(receipt));
        QCOMPARE(r.error, IntakeError::Storage);
        QVERIFY2(r.text.en.contains(u"is stored on your claim"), qPrintable(r.text.en));
        QCOMPARE(DocumentRepository(*m_db).forClaim(e->state().claimId)->size(), 1);
    }

    // Whose licence it is goes in the trail with the step: when the trail cannot
    // take it, the customer is told and asked again, and nothing of the answer is kept.
    void anOwnerThatCannotBeNotedIsAskedAgain()
    {
        auto e = engine();
        e->handle(IntakeInput::chooseType(ClaimType::CarDamage));
        e->handle(IntakeInput::upload(file(DocumentCategory::DrivingLicense)));
        QVERIFY(e->state().pendingLicence);
        QSqlQuery q = m_db->query();
        QVERIFY(Test::refuseWrites(*m_db, QStringLiteral("refuse_owner"), QStringLiteral("INSERT"),
            QStringLiteral("audit_log"), QStringLiteral("NEW.action = 'licence_owner'")));
        IntakeReply r = e->handle(IntakeInput::owner(QStringLiteral("other_party")));
        QCOMPARE(r.error, IntakeError::Storage);
        QVERIFY2(r.text.en.contains(u"disk full"), qPrintable(r.text.en));
        QVERIFY(e->state().pendingLicence); // still asked

        QVERIFY(
            Test::allowWrites(*m_db, QStringLiteral("refuse_owner"), QStringLiteral("audit_log")));
        r = e->handle(IntakeInput::owner(QStringLiteral("other_party")));
        QCOMPARE(r.error, IntakeError::None);
        QVERIFY(!e->state().pendingLicence);
        auto resumed = engine();
        QVERIFY(resumed->resume(e->conversationId()).value_or(false));
        QCOMPARE(resumed->state().uploads.first().owner, QStringLiteral("other_party"));
    }

    void healthClaimFromStartToSubmission()
    {
        auto e = engine();
        e->handle(IntakeInput::say(QStringLiteral("ผมป่วย ต้องผ่าตัด")));
        QCOMPARE(*e->state().claimType, ClaimType::Health);
        const QString claimId = e->state().claimId;
        QCOMPARE(e->checklist()->missingKeys(),
            QStringList({ DocumentCategory::MedicalCertificate, DocumentCategory::ItemizedBill,
                DocumentCategory::Receipt, DocumentCategory::CitizenIdCard }));

        // typed with dashes and spaces
        IntakeReply r = e->handle(IntakeInput::say(QStringLiteral("my ID is 3-1007-01443 81 6")));
        QVERIFY2(e->state().policyVerified, qPrintable(r.text.en));
        QVERIFY(r.text.en.contains(QLatin1String("verified")));
        QCOMPARE(
            m_book->claims().find(claimId)->claimantNationalId, QStringLiteral("3100701443816"));
        // the number typed in passing is not kept in the transcript
        const auto said = e->transcript();
        QVERIFY(said.ok());
        QVERIFY(std::any_of(said->cbegin(), said->cend(),
            [](const IntakeMessage& m) { return m.body.startsWith(u"my ID is "); }));
        for (const IntakeMessage& m : *said) {
            QVERIFY2(!NationalId::clean(m.body).contains(u"100701443"), qPrintable(m.body));
            if (m.sender == u"customer" && m.body.startsWith(u"my ID is "))
                QVERIFY2(m.body.endsWith(u"3816"), qPrintable(m.body));
        }

        // submitting with documents missing names them
        r = e->handle(IntakeInput::submit());
        QCOMPARE(r.error, IntakeError::Incomplete);
        QVERIFY(r.text.en.contains(QLatin1String("Medical certificate")));
        QVERIFY(r.text.en.contains(QLatin1String("Citizen ID card")));
        QVERIFY(!e->state().submitted);
        // a draft until the customer hands it in: not in the adjusters' open work
        QCOMPARE(m_book->claims().find(claimId)->status, ClaimStatus::Draft);
        QVERIFY(!isOpen(ClaimStatus::Draft));

        e->handle(IntakeInput::upload(file(DocumentCategory::MedicalCertificate)));
        e->handle(IntakeInput::upload(file(FakeReading { DocumentCategory::Receipt,
            { field("total", QStringLiteral("1200.00")),
                field("date", QStringLiteral("2026-06-10")) } })));
        r = e->handle(IntakeInput::upload(file(DocumentCategory::Receipt))); // several allowed
        QVERIFY(r.error == IntakeError::None);
        e->handle(IntakeInput::upload(file(DocumentCategory::ItemizedBill)));
        QVERIFY(!e->isComplete());
        r = e->handle(IntakeInput::upload(file(DocumentCategory::CitizenIdCard)));
        QVERIFY(e->isComplete());
        QCOMPARE(r.quickReplies.size(), 1);
        QCOMPARE(r.quickReplies.first().input.kind, IntakeInput::Kind::Submit);
        const auto items = e->checklist()->items();
        const auto receipt = std::find_if(items.begin(), items.end(),
            [](const ChecklistItem& i) { return i.key == DocumentCategory::Receipt; });
        QCOMPARE(receipt->count, 2);

        r = e->handle(IntakeInput::submit());
        QVERIFY2(r.error == IntakeError::None, qPrintable(intakeErrorCode(r.error)));
        QVERIFY(e->state().submitted);
        QCOMPARE(m_book->claims().find(claimId)->status, ClaimStatus::Submitted);
        auto trail = m_book->claims().auditTrail(claimId);
        QVERIFY(std::any_of(trail->begin(), trail->end(),
            [](const AuditEntry& a) { return a.code() == QLatin1String("submitted"); }));
        QCOMPARE(e->handle(IntakeInput::submit()).error, IntakeError::AlreadySubmitted);
        QCOMPARE(DocumentRepository(*m_db).forClaim(claimId)->size(), 5);
    }

    void summaryOfWhatWasRead()
    {
        auto e = engine();
        e->handle(IntakeInput::chooseType(ClaimType::Health));
        const IntakeReply r
            = e->handle(IntakeInput::upload(file(FakeReading { DocumentCategory::Receipt,
                { field("total", QStringLiteral("1200.00")),
                    field("merchant", QStringLiteral("Bangkok Hospital")) } })));
        QVERIFY2(r.text.en.contains(QLatin1String("Total paid: 1200.00")), qPrintable(r.text.en));
        QVERIFY(r.text.en.contains(QLatin1String("Bangkok Hospital")));
        QCOMPARE(e->state().uploads.first().summary.en.contains(QLatin1String("1200.00")), true);
    }

    void carClaimWithBothLicences()
    {
        auto e = engine();
        e->setLanguage(ReplyLanguage::Both);
        IntakeReply r = e->handle(IntakeInput::say(QStringLiteral("รถผมชน")));
        QCOMPARE(*e->state().claimType, ClaimType::CarDamage);
        QCOMPARE(e->checklist()->requiredKeys(),
            QStringList({ QStringLiteral("driving_license_customer"),
                QStringLiteral("driving_license_other_party"),
                DocumentCategory::VehicleRegistration, DocumentCategory::VehicleDamagePhoto }));

        // the customer's licence carries the ID that verifies the policy
        r = e->handle(IntakeInput::upload(file(FakeReading { DocumentCategory::DrivingLicense,
            { field("citizen_id", QStringLiteral("3100701443816")) } })));
        QVERIFY(e->state().pendingLicence);
        QCOMPARE(r.quickReplies.size(), 2);
        QCOMPARE(r.quickReplies.at(0).input.value, QStringLiteral("customer"));
        QVERIFY(!e->checklist()->items().first().done()); // not counted before its owner is known

        // another upload waits for the answer
        QCOMPARE(e->handle(IntakeInput::upload(file(DocumentCategory::VehicleRegistration))).error,
            IntakeError::AnswerLicenceFirst);

        r = e->handle(IntakeInput::say(QStringLiteral("ของผมเอง"))); // "mine", typed in Thai
        QVERIFY(!e->state().pendingLicence);
        QVERIFY2(e->state().policyVerified, qPrintable(r.text.en));

        r = e->handle(IntakeInput::upload(file(DocumentCategory::DrivingLicense)));
        QCOMPARE(r.quickReplies.size(), 1); // only the free side is offered
        QCOMPARE(r.quickReplies.first().input.value, QStringLiteral("other_party"));
        // the customer's side is taken
        r = e->handle(IntakeInput::owner(QStringLiteral("customer")));
        QCOMPARE(r.error, IntakeError::DuplicateLicenceSide);
        QVERIFY(e->state().pendingLicence);
        e->handle(IntakeInput::owner(QStringLiteral("other_party")));
        QVERIFY(!e->state().pendingLicence);

        r = e->handle(IntakeInput::upload(file(DocumentCategory::DrivingLicense)));
        QCOMPARE(r.error, IntakeError::LicenceSidesFull);

        e->handle(IntakeInput::upload(file(DocumentCategory::VehicleRegistration)));
        QVERIFY(!e->isComplete());
        e->handle(IntakeInput::upload(file(DocumentCategory::VehicleLocationPhoto))); // optional
        QVERIFY(!e->isComplete());
        r = e->handle(IntakeInput::upload(file(DocumentCategory::VehicleDamagePhoto)));
        QVERIFY(e->isComplete());
        // replies in both languages: Thai first
        QVERIFY(r.text.in(ReplyLanguage::Both).startsWith(r.text.th));
        QVERIFY(r.text.in(ReplyLanguage::Both).endsWith(r.text.en));
        QVERIFY2(r.text.th != r.text.en, "the Thai translation is loaded");
        r = e->handle(IntakeInput::submit());
        QVERIFY(e->state().submitted);
        auto trail = m_book->claims().auditTrail(e->state().claimId);
        QVERIFY(std::any_of(trail->begin(), trail->end(), [](const AuditEntry& a) {
            return a.code() == QLatin1String("licence_owner")
                && a.newValue == QLatin1String("other_party");
        }));
    }

    void unknownAndWrongDocumentsAreRefused()
    {
        auto e = engine();
        QCOMPARE(e->handle(IntakeInput::upload(file(DocumentCategory::Receipt))).error,
            IntakeError::NoClaimType); // asks the type first
        QVERIFY(e->state().claimId.isEmpty());
        e->handle(IntakeInput::chooseType(ClaimType::CarDamage));
        const QString claimId = e->state().claimId;
        const QString unknown = file(DocumentCategory::Unknown);
        IntakeReply r = e->handle(IntakeInput::upload(unknown));
        QCOMPARE(r.error, IntakeError::UnknownDocument);
        QVERIFY(r.text.en.contains(QLatin1String("Vehicle registration")));
        // a receipt is not a car claim's document
        r = e->handle(IntakeInput::upload(file(DocumentCategory::Receipt)));
        QCOMPARE(r.error, IntakeError::UnknownDocument);
        QCOMPARE(e->state().uploads.size(), 0);
        // What the chat refused is not on the claim: kept apart, and said so in its history.
        QCOMPARE(DocumentRepository(*m_db).forClaim(claimId)->size(), 0);
        const auto trail = m_book->claims().auditTrail(claimId);
        QCOMPARE(std::count_if(trail->cbegin(), trail->cend(),
                     [](const AuditEntry& a) { return a.action == AuditAction::DocumentRefused; }),
            2);
        // sent again, it is read again (and refused again), not taken for a duplicate
        QCOMPARE(e->handle(IntakeInput::upload(unknown)).error, IntakeError::UnknownDocument);
        QCOMPARE(DocumentRepository(*m_db).forClaim(claimId)->size(), 0);
        // the same file twice
        const QString reg = file(DocumentCategory::VehicleRegistration);
        e->handle(IntakeInput::upload(reg));
        QCOMPARE(e->handle(IntakeInput::upload(reg)).error, IntakeError::DuplicateDocument);
        QCOMPARE(e->state().uploads.size(), 1);
    }

    void cancelInTheMiddleOfAnUpload()
    {
        auto e = engine();
        e->handle(IntakeInput::say(QStringLiteral("car crash")));
        const QString claimId = e->state().claimId;
        e->handle(IntakeInput::upload(file(DocumentCategory::DrivingLicense)));
        QVERIFY(e->state().pendingLicence);
        IntakeReply r = e->handle(IntakeInput::say(QStringLiteral("ยกเลิก")));
        QVERIFY(e->state().claimId.isEmpty());
        QVERIFY(!e->state().pendingLicence);
        QVERIFY(e->state().uploads.isEmpty());
        QCOMPARE(r.quickReplies.size(), 2); // asks the type again
        // the claim and its document stay on file, marked as cancelled
        QCOMPARE(DocumentRepository(*m_db).forClaim(claimId)->size(), 1);
        auto trail = m_book->claims().auditTrail(claimId);
        QVERIFY(std::any_of(trail->begin(), trail->end(),
            [](const AuditEntry& a) { return a.code() == QLatin1String("intake"); }));

        // an upload stopped while it is being read
        e->handle(IntakeInput::chooseType(ClaimType::Health));
        std::atomic_bool stop { true };
        r = e->handle(IntakeInput::upload(file(DocumentCategory::Receipt)), &stop);
        QCOMPARE(r.error, IntakeError::UploadCancelled);
        QVERIFY(e->state().uploads.isEmpty());
        // every cancel word restarts
        for (const QString& w : IntakeKeywords::cancelKeywords()) {
            e->handle(IntakeInput::chooseType(ClaimType::Health));
            QVERIFY(!e->state().claimId.isEmpty());
            e->handle(IntakeInput::say(w));
            QVERIFY2(e->state().claimId.isEmpty(), qPrintable(w));
        }
    }

    void policyVerificationAnswers()
    {
        auto e = engine();
        e->handle(IntakeInput::chooseType(ClaimType::Health));
        IntakeReply r = e->handle(IntakeInput::idNumber(QStringLiteral("12345")));
        QCOMPARE(r.error, IntakeError::InvalidId);
        r = e->handle(IntakeInput::idNumber(validId("999999999999")));
        QCOMPARE(r.error, IntakeError::PolicyNotFound);
        r = e->handle(IntakeInput::idNumber(QStringLiteral("5555666677778")));
        QCOMPARE(r.error, IntakeError::PolicyExpired);
        QVERIFY(r.text.en.contains(QLatin1String("2024-12-31")));
        QVERIFY(!e->state().policyVerified);
        // a policy whose period has not begun: 1111222233334's starts on 2026-03-01
        const QDateTime february(QDate(2026, 2, 15), QTime(9, 0), Qt::UTC);
        ClaimBook early(*m_db, DecisionEngine(), fixedClock(february));
        IntakeEngine before(early, fakeStore(), fixedClock(february));
        before.handle(IntakeInput::chooseType(ClaimType::Health));
        r = before.handle(IntakeInput::idNumber(QStringLiteral("1111222233334")));
        QCOMPARE(r.error, IntakeError::PolicyNotInPeriod);
        QVERIFY(!before.state().policyVerified);
        // and the same ID is covered in June
        r = e->handle(IntakeInput::idNumber(QStringLiteral("1111 2222 3333 4")));
        QVERIFY2(r.error == IntakeError::None, qPrintable(r.text.en));
        QVERIFY(e->state().policyVerified);
    }

    void badInputKeepsTheConversationGoing()
    {
        auto e = engine();
        QCOMPARE(
            e->handle(IntakeInput::say(QStringLiteral("   "))).error, IntakeError::EmptyMessage);
        const IntakeReply longReply = e->handle(IntakeInput::say(QString(100 * 1024, u'x')));
        QCOMPARE(longReply.error, IntakeError::MessageTooLong);
        QVERIFY(longReply.text.en.contains(QStringLiteral("102400")));
        e->handle(IntakeInput::chooseType(ClaimType::Health));
        QCOMPARE(
            e->handle(IntakeInput::upload(m_dir.filePath(QStringLiteral("missing.png")))).error,
            IntakeError::UnreadableUpload);
        QFile text(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just some notes, not a document\n");
        text.close();
        IntakeReply r = e->handle(IntakeInput::upload(text.fileName()));
        QCOMPARE(r.error, IntakeError::NotADocument);
        QVERIFY(r.text.en.contains(QLatin1String("notes.txt")));
        // the conversation goes on
        r = e->handle(IntakeInput::upload(file(DocumentCategory::Receipt)));
        QVERIFY(r.error == IntakeError::None);
        QCOMPARE(e->state().uploads.size(), 1);
        // a corrupt image through the real reader: stored, not read, said so
        IntakeEngine real(
            *m_book, IntakeEngine::importingStore(*m_book, ReadOptions {}), fixedClock(Now));
        real.setLanguage(ReplyLanguage::English);
        real.handle(IntakeInput::chooseType(ClaimType::Health));
        r = real.handle(IntakeInput::upload(QStringLiteral(CLAIMDESK_TEST_DATA "/corrupt.jpg")));
        QCOMPARE(r.error, IntakeError::NotADocument); // not even a JPEG inside
        QVERIFY(r.text.en.contains(QLatin1String("corrupt.jpg")));
        // a JPEG header with nothing decodable after it: stored, not read, said so
        QFile broken(m_dir.filePath(QStringLiteral("broken.jpg")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(
            QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000") + QByteArray(600, 'z'));
        broken.close();
        r = real.handle(IntakeInput::upload(broken.fileName()));
        QCOMPARE(r.error, IntakeError::UnreadableUpload);
        QVERIFY(r.text.en.contains(QLatin1String("broken.jpg")));
        QVERIFY(real.handle(IntakeInput::say(QStringLiteral("ok"))).error == IntakeError::None);
    }

    void interruptedIntakeResumes()
    {
        QString claimId;
        qint64 conversation = 0;
        {
            auto e = engine();
            QVERIFY(e->startNew());
            e->handle(IntakeInput::say(QStringLiteral("my car was damaged")));
            e->handle(IntakeInput::upload(file(DocumentCategory::DrivingLicense)));
            claimId = e->state().claimId;
            conversation = e->conversationId();
        }
        auto e = engine();
        QCOMPARE(*e->resumeLatest(), true);
        QCOMPARE(e->conversationId(), conversation);
        QCOMPARE(e->state().claimId, claimId);
        QVERIFY(e->state().pendingLicence);
        const auto messages = e->transcript();
        QCOMPARE(messages->size(), 5); // greeting, then two exchanges
        QCOMPARE(messages->at(1).sender, QStringLiteral("customer"));
        QCOMPARE(messages->at(3).documentId.has_value(), true);
        QCOMPARE(messages->last().quickReplies.size(), 2);
        // carries on where it was
        e->handle(IntakeInput::owner(QStringLiteral("customer")));
        QCOMPARE(e->checklist()->requiredDone(), 1);
        // a closed conversation is not resumed
        QVERIFY(e->close());
        QCOMPARE(*engine()->resumeLatest(), false);
    }

    void escalationStatusAndAppointment()
    {
        auto e = engine();
        IntakeReply r = e->handle(IntakeInput::say(QStringLiteral("ขอคุยกับเจ้าหน้าที่")));
        QVERIFY(e->state().escalationRequested);
        e->handle(IntakeInput::say(QStringLiteral("รถถูกเฉี่ยว")));
        const QString claimId = e->state().claimId;
        QVERIFY(m_book->claims().find(claimId)->escalated);

        r = e->handle(IntakeInput::say(QStringLiteral("where is my claim?")));
        QVERIFY(r.text.en.contains(claimId));
        QVERIFY(r.text.en.contains(QLatin1String("not submitted yet")));

        r = e->handle(IntakeInput::say(QStringLiteral("I'd like an inspection appointment")));
        QCOMPARE(r.quickReplies.size(), 3);
        const QDateTime first
            = QDateTime::fromString(r.quickReplies.first().input.value, Qt::ISODate);
        QVERIFY(first > Now);
        QVERIFY(first.date().dayOfWeek() < 6);
        r = e->handle(r.quickReplies.first().input);
        QVERIFY(r.error == IntakeError::None);
        QCOMPARE(AppointmentRepository(*m_db).forClaim(claimId)->size(), 1);
        QCOMPARE(e->handle(IntakeInput::appointment(Now.addDays(-1))).error,
            IntakeError::AppointmentInPast);

        // the status of another claim, by its ID, from a fresh conversation
        auto other = engine();
        r = other->handle(IntakeInput::say(QStringLiteral("สถานะเคลม ") + claimId));
        QVERIFY(r.text.en.contains(claimId));
        QVERIFY(r.text.en.contains(QLatin1String("Draft")));
        QVERIFY(r.text.en.contains(QLatin1String("officer")));
        QCOMPARE(
            other->handle(IntakeInput::say(QStringLiteral("status of H-20990101-000001"))).error,
            IntakeError::ClaimNotFound);
    }

    void policyQuestionIsAnsweredWithTheClause()
    {
        auto e = engine();
        e->handle(IntakeInput::chooseType(ClaimType::Health));
        const IntakeReply r = e->handle(IntakeInput::say(QStringLiteral("Is Panadol covered?")));
        QVERIFY2(r.text.en.contains(QLatin1String("not covered")), qPrintable(r.text.en));
        QVERIFY(r.text.en.contains(QLatin1String("formulary-v1-")));
        QVERIFY(r.text.en.contains(QLatin1String("Adol")));
    }

    void responseTimesAreStored()
    {
        auto e = engine();
        e->handle(IntakeInput::chooseType(ClaimType::Health));
        e->handle(IntakeInput::say(QStringLiteral("hello")));
        QSqlQuery q = m_db->query();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM response_times")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void readsARealReceiptThroughThePipeline()
    {
        if (!TesseractEngine::installedLanguages().contains(QStringLiteral("tha")))
            QSKIP("tesseract-ocr-tha is not installed");
        const QString path = m_dir.filePath(QStringLiteral("clinic-receipt.png"));
        QVERIFY(Test::drawReceipt(path,
            { QStringLiteral("CITY CARE CLINIC"), QStringLiteral("RECEIPT"),
                QStringLiteral("Date: 12/06/2026"),
                QStringLiteral("Consultation            800.00"),
                QStringLiteral("Medicine                400.00"),
                QStringLiteral("TOTAL                  1200.00"), QStringLiteral("THANK YOU") }));
        IntakeEngine real(
            *m_book, IntakeEngine::importingStore(*m_book, ReadOptions {}), fixedClock(Now));
        real.setLanguage(ReplyLanguage::English);
        real.handle(IntakeInput::chooseType(ClaimType::Health));
        const IntakeReply r = real.handle(IntakeInput::upload(path));
        QVERIFY2(r.error == IntakeError::None, qPrintable(r.text.en));
        QCOMPARE(real.state().uploads.first().category, DocumentCategory::Receipt);
        QVERIFY2(r.text.en.contains(QLatin1String("1200.00")), qPrintable(r.text.en));
    }
};

QTEST_MAIN(TestIntake)
#include "tst_intake.moc"
