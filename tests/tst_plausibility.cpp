// Plausibility on the book: what a claim's documents and its claimant's policy
// show reaches its decision when the claim is decided, and again when the whole
// book is rescored.
#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "claims/Rescorer.h"
#include "storage/DocumentRepository.h"
#include "storage/PolicyHolderRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ClaimDesk;

namespace {

const QString NationalId = QStringLiteral("3100701443816");
const QDateTime Filed(QDate(2026, 3, 2), QTime(12, 0));

using Test::field;

QStringList plausibilityCodes(const DecisionResult& r)
{
    QStringList codes;
    for (int i = 0; i < r.ruleCount; ++i) {
        const QLatin1String code(ruleCode(r.rules[i].rule));
        if (code.startsWith(u"plausibility."))
            codes << code;
    }
    return codes;
}

} // namespace

class TestPlausibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<ClaimBook> m_book;

    QString fileHealthClaim(ClaimStatus status = ClaimStatus::Submitted,
        const QString& nationalId = NationalId, const QDate& serviceDate = QDate(2026, 2, 20))
    {
        NewClaim c;
        c.status = status;
        c.amount = Money::fromUnits(300);
        c.serviceDate = serviceDate;
        c.diagnosisCode = QStringLiteral("J10");
        c.claimantNationalId = nationalId;
        auto filed = m_book->file(c, QStringLiteral("adjuster"));
        return filed ? filed->id : QString();
    }

    // A receipt (or another bill) read with this merchant, date, total and
    // number, stored on the claim.
    bool attachReceipt(const QString& claimId, const QByteArray& bytes, const QString& merchant,
        const QString& date, const QString& total, const QString& number = {},
        const QString& category = QStringLiteral("receipt"))
    {
        DocumentRepository documents(*m_db);
        auto added = documents.add(claimId, bytes, QStringLiteral("receipt.jpg"),
            QStringLiteral("image/jpeg"), QStringLiteral("adjuster"));
        return added
            && documents
                   .saveReading(added->document.id, category,
                       { field("merchant", merchant), field("date", date), field("total", total),
                           field("billing_number", number) },
                       QStringLiteral("adjuster"))
                   .ok();
    }

    QStringList firedOn(const QString& claimId)
    {
        auto decided = m_book->decide(claimId);
        if (!decided)
            return { decided.error() };
        return plausibilityCodes(decided->result);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = Test::openTempDatabase(m_dir);
        m_book.emplace(*m_db, DecisionEngine(), [] { return Filed; });
        PolicyHolder p;
        p.idCardNumber = NationalId;
        p.policyNumber = QStringLiteral("H-2026-000001");
        p.status = QStringLiteral("active");
        p.startDate = QDate(2026, 1, 1);
        p.endDate = QDate(2026, 12, 31);
        QVERIFY(PolicyHolderRepository(*m_db).upsert({ p }).ok());
    }

    // Even with a service date outside its policy period: without documents, no
    // plausibility rule is looked at.
    void aClaimWithoutDocumentsIsDecidedByTheSpecAlone()
    {
        const QString id = fileHealthClaim(ClaimStatus::Submitted, NationalId, QDate(2025, 6, 1));
        QCOMPARE(firedOn(id), QStringList());
    }

    void aPlausibleReceiptPasses()
    {
        const QString id = fileHealthClaim();
        QVERIFY(attachReceipt(id, "plausible", QStringLiteral("Bangkok Hospital"),
            QStringLiteral("2026-02-20"), QStringLiteral("300.00")));
        QCOMPARE(firedOn(id), QStringList());
    }

    void anOldBookshopReceiptIsImplausible()
    {
        const QString id = fileHealthClaim();
        QVERIFY(attachReceipt(id, "bookshop", QStringLiteral("POPULAR BOOK CO (M) SDN BHD"),
            QStringLiteral("2018-12-25"), QStringLiteral("9.00")));
        const QStringList expected { QStringLiteral("plausibility.outside_policy_period"),
            QStringLiteral("plausibility.non_medical_merchant"),
            QStringLiteral("plausibility.outside_claim_window") };
        QCOMPARE(firedOn(id), expected);
        // A rescore of the whole book keeps them.
        const std::atomic_bool canceled = false;
        QVERIFY(Rescorer::rescore(*m_db, DecisionEngine(), Rescorer::Scope::AllClaims,
            QDate(2026, 3, 2), Filed, canceled, [](qint64, qint64) {
            }).ok());
        auto found = m_book->find(id);
        QVERIFY(found && found->decision);
        QCOMPARE(plausibilityCodes(found->decision->result), expected);
        QCOMPARE(found->claim.riskLevel, RiskLevel::High);
    }

    void theSameReceiptOnTwoClaimsIsFound()
    {
        const QString first = fileHealthClaim();
        const QString second = fileHealthClaim();
        const QString third = fileHealthClaim();
        // the same file, and another photo of the same receipt
        QVERIFY(attachReceipt(first, "photo-1", QStringLiteral("Samitivej Clinic"),
            QStringLiteral("2026-02-21"), QStringLiteral("1,250.00")));
        QVERIFY(attachReceipt(second, "photo-1", QStringLiteral("Samitivej Clinic"),
            QStringLiteral("2026-02-21"), QStringLiteral("1,250.00")));
        QVERIFY(attachReceipt(third, "photo-2", QStringLiteral("Samitivej Clinic"),
            QStringLiteral("2026-02-21"), QStringLiteral("1,250.00")));
        const QStringList duplicate { QStringLiteral("plausibility.duplicate_receipt") };
        QCOMPARE(firedOn(second), duplicate);
        // The claim that had it first says so too, without being decided by hand.
        const auto earlier = m_book->find(first);
        QVERIFY(earlier && earlier->decision);
        QCOMPARE(plausibilityCodes(earlier->decision->result), duplicate);
        QCOMPARE(firedOn(third), duplicate);
        // A different receipt of the same shop and day is not the same bill.
        const QString fourth = fileHealthClaim();
        QVERIFY(attachReceipt(fourth, "photo-3", QStringLiteral("Samitivej Clinic"),
            QStringLiteral("2026-02-21"), QStringLiteral("80.00")));
        QCOMPARE(firedOn(fourth), QStringList());
        // Numbered receipts with other numbers are other bills.
        const QString fifth = fileHealthClaim();
        const QString sixth = fileHealthClaim();
        QVERIFY(attachReceipt(fifth, "fee-1", QStringLiteral("Samitivej Clinic"),
            QStringLiteral("2026-02-22"), QStringLiteral("500.00"), QStringLiteral("R-1001")));
        QVERIFY(attachReceipt(sixth, "fee-2", QStringLiteral("Samitivej Clinic"),
            QStringLiteral("2026-02-22"), QStringLiteral("500.00"), QStringLiteral("R-1002")));
        QCOMPARE(firedOn(sixth), QStringList());
    }

    // A customer who started the chat again sends the same receipt: the draft
    // left behind is not another claim for it.
    void aDraftIsNotAnotherClaimForTheBill()
    {
        const QString draft = fileHealthClaim(ClaimStatus::Draft);
        const QString filed = fileHealthClaim();
        QVERIFY(attachReceipt(draft, "retry", QStringLiteral("Phyathai Hospital"),
            QStringLiteral("2026-02-23"), QStringLiteral("640.00")));
        QVERIFY(attachReceipt(filed, "retry", QStringLiteral("Phyathai Hospital"),
            QStringLiteral("2026-02-23"), QStringLiteral("640.00")));
        QCOMPARE(firedOn(filed), QStringList());
    }

    // An itemized bill's merchant is judged like a receipt's, and a national ID
    // typed with dashes finds its policy.
    void billsAndTypedIdsAreJudgedToo()
    {
        const QString id
            = fileHealthClaim(ClaimStatus::Submitted, QStringLiteral("3-1007-01443-81-6"));
        QVERIFY(attachReceipt(id, "hardware", QStringLiteral("KEDAI PAPAN YEW CHUAN"),
            QStringLiteral("2025-06-01"), QStringLiteral("80.00"), {},
            QStringLiteral("itemized_bill")));
        QCOMPARE(firedOn(id),
            QStringList({ QStringLiteral("plausibility.outside_policy_period"),
                QStringLiteral("plausibility.non_medical_merchant") }));
    }
};

QTEST_GUILESS_MAIN(TestPlausibility)
#include "tst_plausibility.moc"
