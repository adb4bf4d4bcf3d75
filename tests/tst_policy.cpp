#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "demo/DemoData.h"
#include "policy/EmbeddingProvider.h"
#include "policy/LineItemChecker.h"
#include "policy/PolicyChunker.h"
#include "policy/PolicyHolderFile.h"
#include "policy/QueryNormalizer.h"
#include "policylibrary/ClaimPolicyReview.h"
#include "policylibrary/PolicyCheckRepository.h"
#include "policylibrary/PolicyVerifier.h"
#include "storage/PolicyHolderRepository.h"
#include "util/Text.h"

#include <QJsonDocument>
#include <QTest>

using namespace ClaimDesk;

namespace {

// A stand-in for a real embedding model: a bag of words in 64 dimensions where
// known synonyms share a dimension, so "acetaminophen" is near "paracetamol"
// although no word is shared. Deterministic; can be told to fail.
class FakeEmbeddings final : public EmbeddingProvider
{
public:
    bool fail = false;
    QString model() const override { return QStringLiteral("fake-embeddings"); }
    Result<QList<QVector<float>>> embed(const QStringList& texts) override
    {
        if (fail)
            return Result<QList<QVector<float>>>::failure(QStringLiteral("model unavailable"));
        QList<QVector<float>> out;
        for (const QString& text : texts) {
            QVector<float> v(64, 0.0f);
            for (QString w : QueryNormalizer::words(text)) {
                if (w == u"acetaminophen")
                    w = QStringLiteral("paracetamol");
                if (w.size() >= 4)
                    v[qHash(w) % 64] += 1.0f;
            }
            out << v;
        }
        return out;
    }
};

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<PolicyLibrary> m_library;
    std::optional<LineItemChecker> m_checker;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = Test::openTempDatabase(m_dir);
        QVERIFY(DemoData::importPolicies(*m_db).ok());
        auto imported = DemoData::importFormulary(*m_db);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->version, 1);
        m_library.emplace(*m_db);
        m_checker.emplace(*m_library);
        QVERIFY(m_checker->load().ok());
    }

    void verify_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("checkDigit");
        QTest::newRow("active, valid check digit") << "3100701443816"
                                                   << "H" << QDate(2026, 6, 1) << "active" << true;
        QTest::newRow("dashes and spaces") << "3-1007-01443-81 6"
                                           << "CD" << QDate(2026, 6, 1) << "active" << true;
        QTest::newRow("active, bad check digit warns")
            << "1111222233334"
            << "H" << QDate(2026, 6, 1) << "active" << false;
        QTest::newRow("expired") << "5555666677778"
                                 << "H" << QDate(2026, 6, 1) << "expired" << false;
        QTest::newRow("outside the period") << "3100701443816"
                                            << "H" << QDate(2027, 6, 1) << "not_in_period" << true;
        QTest::newRow("before the period") << "1111222233334"
                                           << "H" << QDate(2026, 2, 1) << "not_in_period" << false;
        QTest::newRow("no car policy") << "1360000162627"
                                       << "CD" << QDate(2026, 6, 1) << "" << false;
        QTest::newRow("unknown person") << "1234567890121"
                                        << "H" << QDate(2026, 6, 1) << "" << true;
    }
    void verify()
    {
        QFETCH(QString, id);
        QFETCH(QString, type);
        QFETCH(QDate, asOf);
        QFETCH(QString, status);
        QFETCH(bool, checkDigit);
        auto v = PolicyVerifier(*m_db).verify(id, *claimTypeFromCode(type), asOf);
        QVERIFY2(v.ok(), qPrintable(v.error()));
        QCOMPARE(v->statusCode(), status);
        QCOMPARE(v->found(), !status.isEmpty());
        QCOMPARE(v->checkDigitValid, checkDigit);
        QCOMPARE(v->warnings.isEmpty(), checkDigit);
        const QJsonObject o = v->toJson();
        QCOMPARE(o.value(u"found").toBool(), !status.isEmpty());
        if (v->found() && type == u"H")
            QVERIFY(!o.value(u"policy").toObject().value(u"plan").toString().isEmpty());
        if (v->found() && type == u"CD")
            QVERIFY(!o.value(u"policy").toObject().value(u"vehicle_plate").toString().isEmpty());
    }

    void holdersFromCsv()
    {
        const QByteArray csv
            = "id_card_number,name_th,name_en,policy_number,plan,coverage_ipd,coverage_opd,"
              "room_per_night,start_date,end_date,status\r\n"
              "3100701443816,\"สมชาย ใจดี\",\"Jaidee, Somchai\",H-CSV-1,\"Gold "
              "\"\"Plus\"\"\",500000,30000.50,"
              "5000,2026-01-01,2026-12-31,active\r\n"
              "\r\n"
              "1111222233334,,Wichai,H-CSV-2,Silver,200000,15000,3000,2026-03-01,2027-02-28,\r\n";
        auto holders = parsePolicyHolders(csv, ClaimType::Health);
        QVERIFY2(holders.ok(), qPrintable(holders.error()));
        QCOMPARE(holders->size(), 2);
        QCOMPARE(holders->at(0).nameTh, QStringLiteral("สมชาย ใจดี"));
        QCOMPARE(holders->at(0).nameEn, QStringLiteral("Jaidee, Somchai"));
        QCOMPARE(holders->at(0).plan, QStringLiteral("Gold \"Plus\""));
        QCOMPARE(holders->at(0).coverageOpd.toString(), QStringLiteral("30000.50"));
        QCOMPARE(holders->at(1).status, QStringLiteral("active")); // empty status: active
    }

    void badHolderFilesNameTheLineAndStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed JSON")
            << QByteArray("[\n {\"id_card_number\": \"1\",\n  \"policy_number\" \"x\"}\n]")
            << "line 3";
        QTest::newRow("JSON not an array") << QByteArray("{\"a\": 1}") << "array";
        QTest::newRow("JSON bad date") << QByteArray(
            R"([{"id_card_number":"1","policy_number":"P","start_date":"soon","end_date":"2026-01-01"}])")
                                       << "Policy 1";
        QTest::newRow("CSV unterminated quote") << QByteArray(
            "id_card_number,policy_number,start_date,end_date\n1,\"P,2026-01-01,2026-02-01\n")
                                                << "line 2";
        QTest::newRow("CSV missing column")
            << QByteArray("id_card_number,policy_number,end_date\n1,P,2026-01-01\n")
            << "start_date";
        QTest::newRow("CSV short row") << QByteArray(
            "id_card_number,policy_number,start_date,end_date\n3100701443816,P,2026-"
            "01-01,2026-02-01\n2,Q\n") << "line 3";
        QTest::newRow("CSV bad amount")
            << QByteArray("id_card_number,policy_number,start_date,end_date,deductible\n"
                          "3100701443816,P,2026-01-01,2026-02-01,lots\n")
            << "deductible";
        QTest::newRow("CSV negative amount")
            << QByteArray("id_card_number,policy_number,start_date,end_date,deductible\n"
                          "3100701443816,P,2026-01-01,2026-02-01,-5\n")
            << "deductible is negative";
        QTest::newRow("ID not a number") << QByteArray(
            R"([{"id_card_number":"ABC","policy_number":"P","start_date":"2026-01-01","end_date":"2026-02-01"}])")
                                         << "13-digit";
        QTest::newRow("unknown status")
            << QByteArray(R"([{"id_card_number":"3100701443816","policy_number":"P",)"
                          R"("start_date":"2026-01-01","end_date":"2026-02-01","status":"gold"}])")
            << "status \"gold\"";
        QTest::newRow("ends before it starts")
            << QByteArray(R"([{"id_card_number":"3100701443816","policy_number":"P",)"
                          R"("start_date":"2026-03-01","end_date":"2026-02-01"}])")
            << "before start_date";
        QTest::newRow("CSV not UTF-8") << QByteArray(
            "id_card_number,policy_number,start_date,end_date\n1,P\xe9,2026-01-01,2026-02-01\n")
                                       << "line 2 is not UTF-8";
        QTest::newRow("empty") << QByteArray("") << "empty";
    }
    void badHolderFilesNameTheLineAndStoreNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const qint64 before = *PolicyHolderRepository(*m_db).count();
        auto r = parsePolicyHolders(bytes, ClaimType::Health);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QCOMPARE(*PolicyHolderRepository(*m_db).count(), before);
    }

    void aPolicyKeepsItsType()
    {
        PolicyHolder health;
        health.type = ClaimType::Health;
        health.idCardNumber = QStringLiteral("3100701443816");
        health.policyNumber = QStringLiteral("X-TYPE-1");
        health.status = QStringLiteral("active");
        health.startDate = QDate(2026, 1, 1);
        health.endDate = QDate(2026, 12, 31);
        health.plan = QStringLiteral("Gold");
        QVERIFY(PolicyVerifier(*m_db).importHolders({ health }).ok());
        PolicyHolder car = health;
        car.type = ClaimType::CarDamage;
        car.plan.clear();
        const auto refused = PolicyVerifier(*m_db).importHolders({ car });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"X-TYPE-1"), qPrintable(refused.error()));
        const auto kept
            = PolicyHolderRepository(*m_db).findByIdCard(health.idCardNumber, ClaimType::Health);
        QVERIFY(kept.ok());
        QVERIFY(std::any_of(kept->begin(), kept->end(), [](const PolicyHolder& p) {
            return p.policyNumber == u"X-TYPE-1" && p.plan == u"Gold";
        }));
    }

    void csvParser()
    {
        auto r = Text::parseCsv(QStringLiteral("a,\"b\nc\",d\n\ne,f,g"));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).fields, QStringList({ "a", "b\nc", "d" }));
        QCOMPARE(r->at(1).line, 4);
        QVERIFY(!Text::parseCsv(QStringLiteral("\"a\"b,c")).ok());
    }

    void verifyRefusesWhatIsNotAnId()
    {
        for (const char* bad : { "", "12345", "31007014438160", "3100701443abc" })
            QVERIFY2(!PolicyVerifier(*m_db)
                          .verify(QLatin1String(bad), ClaimType::Health, QDate(2026, 1, 1))
                          .ok(),
                bad);
    }

    void chunkerKeepsSectionsAndExamples()
    {
        const QList<PolicyClause> clauses
            = chunkPolicyText(QString::fromUtf8(DemoData::formulary()));
        QCOMPARE(clauses.size(), 13);
        QCOMPARE(clauses.first().section, QStringLiteral("General Principles"));
        const PolicyClause& brand = clauses.at(5);
        QCOMPARE(brand.section, QStringLiteral("Coverage Rules"));
        QVERIFY(brand.text.startsWith(u"Brand Substitution"));
        QVERIFY(brand.text.contains(u"Panadol → Not covered")); // the example stays with its rule
        QVERIFY(brand.kinds.contains(u"example"));
        QVERIFY(brand.kinds.contains(u"exclusion"));
        QVERIFY(clauses.at(6).kinds.contains(u"limit"));
        QVERIFY(clauses.at(6).kinds.contains(u"prior_approval"));
        QCOMPARE(clauses.last().section, QStringLiteral("Laboratory and Imaging"));
        QVERIFY(chunkPolicyText(QStringLiteral("Just a title\nAnother heading")).isEmpty());
    }

    void normalizer()
    {
        QCOMPARE(QueryNormalizer::words(QStringLiteral("Procid 40MG, x2 (0.5ml)")),
            QStringList({ "procid", "40", "mg", "x2", "0.5", "ml" }));
        QueryNormalizer n(
            { QStringLiteral("panadol"), QStringLiteral("antibiotics"), QStringLiteral("adol") });
        const auto out = n.normalize(QStringLiteral("Panadoll 500mg antibiotc"));
        QCOMPARE(out.words, QStringList({ "panadol", "500", "mg", "antibiotics" }));
        QCOMPARE(out.corrections.size(), 2);
        QCOMPARE(n.normalize(QStringLiteral("zzzzzz")).words,
            QStringList({ "zzzzzz" })); // nothing close: kept
        QCOMPARE(Text::editDistance(QStringLiteral("kitten"), QStringLiteral("sitting"), 5), 3);
    }

    void check_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<bool>("approved");
        QTest::addColumn<bool>("emergency");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<int>("clause"); // clause number in formulary v1; 0: none
        QTest::addColumn<QString>("alternative");
        // The issue's targets: misspelled brand, paraphrased imaging, a long course.
        QTest::newRow("misspelled brand")
            << "Panadoll 500mg"
            << "fever" << false << false << "Excluded" << 6 << "Adol 500 mg";
        QTest::newRow("formulary brand") << "Adol 500 mg"
                                         << "fever" << false << false << "Allowed" << 6 << "";
        QTest::newRow("unapproved strength")
            << "Procid 40mg"
            << "gastritis" << false << false << "Excluded" << 5 << "Procid 20 mg";
        QTest::newRow("approved strength") << "procid 20 mg"
                                           << "gastritis" << false << false << "Allowed" << 5 << "";
        QTest::newRow("strength with a pack size")
            << "Procid 40 mg x 14"
            << "gastritis" << false << false << "Excluded" << 5 << "Procid 20 mg";
        QTest::newRow("approved strength with a pack size")
            << "Procid 20 mg x 14"
            << "gastritis" << false << false << "Allowed" << 5 << "";
        QTest::newRow("other strength")
            << "Procid 30 mg"
            << "gastritis" << false << false << "Excluded" << 5 << "Procid 20 mg";
        QTest::newRow("imaging without approval")
            << "brain MRI scan"
            << "headache" << false << false << "Excluded" << 12 << "";
        QTest::newRow("imaging with approval")
            << "brain MRI scan"
            << "headache" << true << false << "Allowed" << 12 << "";
        QTest::newRow("imaging in an emergency")
            << "CT scan of the head"
            << "injury" << false << true << "Allowed" << 12 << "";
        QTest::newRow("long antibiotic course")
            << "a 21-day antibiotic course"
            << "pneumonia" << false << false << "Excluded" << 7 << "A course of at most 10 days";
        QTest::newRow("long course approved")
            << "a 21-day antibiotic course"
            << "pneumonia" << true << false << "Allowed" << 7 << "";
        QTest::newRow("short antibiotic course")
            << "antibiotics for 7 days"
            << "pneumonia" << false << false << "Allowed" << 7 << "";
        QTest::newRow("vitamin without deficiency")
            << "Vitamin D 1000 IU"
            << "fever" << false << false << "Excluded" << 8 << "";
        QTest::newRow("vitamin for osteoporosis")
            << "Vitamin D 1000 IU"
            << "osteoporosis" << false << false << "Allowed" << 8 << "";
        QTest::newRow("cosmetic") << "minoxidil for hair-loss"
                                  << "alopecia" << false << false << "Excluded" << 9 << "";
        QTest::newRow("screening panel") << "lipid screening panel"
                                         << "fever" << false << false << "Excluded" << 11 << "";
        QTest::newRow("no clause applies") << "paracetamol"
                                           << "fever" << false << false << "Allowed" << 0 << "";
    }
    void check()
    {
        QFETCH(QString, item);
        QFETCH(QString, diagnosis);
        QFETCH(bool, approved);
        QFETCH(bool, emergency);
        QFETCH(QString, decision);
        QFETCH(int, clause);
        QFETCH(QString, alternative);
        auto r = m_checker->check(item, ItemField::Pharmacy, { diagnosis, approved, emergency });
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY2(r->decisionCode() == decision, qPrintable(r->reason));
        if (item.contains(u"x 14"))
            QVERIFY2(r->reason.contains(u"Procid"),
                qPrintable(r->reason)); // the pair decided, not the fallback
        QVERIFY(!r->reason.isEmpty());
        if (clause == 0) {
            QVERIFY(!r->clause);
        } else {
            QVERIFY(r->clause);
            QCOMPARE(r->clause->clause.number, clause);
            QCOMPARE(r->clause->clauseId, QStringLiteral("formulary-v1-%1").arg(clause));
            QVERIFY(!r->matchedWords.isEmpty());
            QVERIFY(r->score > 0);
        }
        if (!alternative.isEmpty())
            QVERIFY2(r->alternatives.contains(alternative), qPrintable(r->alternatives.join(u'|')));
        const QJsonObject o = r->toJson();
        for (const char* key : { "decision", "clause", "clause_id", "score", "alternatives" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }

    void claimReviewChecksEveryItem()
    {
        Claim c;
        c.id = QStringLiteral("H-20260601-000001");
        c.type = ClaimType::Health;
        c.claimantNationalId = QStringLiteral("3100701443816");
        c.diagnosisCode = QStringLiteral("fever");
        c.lineItems = { { QStringLiteral("Panadoll 500mg"), Money::fromUnits(120) },
            { QStringLiteral("Adol 500 mg"), Money::fromUnits(80) },
            { QStringLiteral("brain MRI scan"), Money::fromUnits(9000) } };
        auto review = ClaimPolicyReview::build(*m_db, c, QDate(2026, 6, 1), RuleSet());
        QVERIFY2(review.ok(), qPrintable(review.error()));
        QVERIFY(review->verification && review->verification->covered());
        QCOMPARE(review->checks.size(), 3);
        QCOMPARE(review->checks[0].decisionCode(), QStringLiteral("Excluded"));
        QCOMPARE(review->checks[1].decisionCode(), QStringLiteral("Allowed"));
        QCOMPARE(review->checks[2].decisionCode(), QStringLiteral("Excluded"));
        QCOMPARE(review->approvalProbability, 60);
        QVERIFY(!review->reasoning.checked);
        QCOMPARE(review->reasoning.toJson().value(u"status").toString(), QStringLiteral("skipped"));

        // A prior approval recorded on the claim lets the MRI through.
        c.priorApproval = QStringLiteral("PA-2026-0042");
        review = ClaimPolicyReview::build(*m_db, c, QDate(2026, 6, 1), RuleSet());
        QVERIFY(review.ok());
        QCOMPARE(review->checks[2].decisionCode(), QStringLiteral("Allowed"));
        QCOMPARE(review->approvalProbability, 80);

        c.claimantNationalId.clear();
        c.lineItems.clear();
        review = ClaimPolicyReview::build(*m_db, c, QDate(2026, 6, 1), RuleSet());
        QVERIFY(review.ok());
        QVERIFY(!review->verification);
        QVERIFY(review->verificationProblem.contains(u"no national ID"));
        QCOMPARE(review->approvalProbability, 100);
    }

    void rankFusion()
    {
        QCOMPARE(reciprocalRankFusion({ { 1, 2, 3 }, { 3, 1 } }), QList<qint64>({ 1, 3, 2 }));
        QCOMPARE(reciprocalRankFusion({ { 5 }, {} }), QList<qint64>({ 5 }));
        QCOMPARE(cosineSimilarity({ 1, 0 }, { 1, 0 }), 1.0);
        QCOMPARE(cosineSimilarity({ 1, 0 }, { 0, 1 }), 0.0);
        QCOMPARE(cosineSimilarity({ 0, 0 }, { 1, 1 }), 0.0);
    }

    // With embeddings, a clause can be found by meaning when no word is shared.
    void embeddingsFindClausesByMeaning()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        FakeEmbeddings model;
        PolicyLibrary library(db);
        library.setEmbeddingProvider(&model);
        const QByteArray text
            = "Outpatient Rules\n- Paracetamol tablets are not covered under outpatient benefits.\n"
              "- Dental cleaning is not covered.\n- Physiotherapy sessions require prior "
              "approval.\n";
        auto imported = library.importText(QStringLiteral("opd"), text);
        QVERIFY2(
            imported.ok() && imported->embeddingProblem.isEmpty(), qPrintable(imported.error()));
        QSqlQuery q = db.query();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM clause_embeddings")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);

        LineItemChecker withMeaning(library);
        QVERIFY(withMeaning.load().ok());
        auto r = withMeaning.check(QStringLiteral("acetaminophen"), ItemField::Pharmacy, {});
        QVERIFY(r.ok());
        QCOMPARE(r->decisionCode(), QStringLiteral("Excluded"));
        QCOMPARE(r->clause->clauseId, QStringLiteral("opd-v1-1"));
        QVERIFY(r->score > 0.3);
        QVERIFY(r->matchedWords.isEmpty()); // found by meaning, not by a word

        PolicyLibrary wordsOnly(db); // no provider: plain BM25 finds nothing
        LineItemChecker withoutMeaning(wordsOnly);
        QVERIFY(withoutMeaning.load().ok());
        QCOMPARE(withoutMeaning.check(QStringLiteral("acetaminophen"), ItemField::Pharmacy, {})
                     ->decisionCode(),
            QStringLiteral("Allowed"));

        // Word matches still win with fusion on.
        QCOMPARE(withMeaning.check(QStringLiteral("dental cleaning"), ItemField::Pharmacy, {})
                     ->clause->clauseId,
            QStringLiteral("opd-v1-2"));

        // A failing model never blocks: the import goes on without vectors, search falls back to
        // words.
        model.fail = true;
        auto v2 = library.importText(QStringLiteral("opd"), text + "- Eyeglasses are excluded.\n");
        QVERIFY(v2.ok());
        QVERIFY(v2->embeddingProblem.contains(u"unavailable"));
        LineItemChecker afterFailure(library);
        QVERIFY(afterFailure.load().ok());
        QCOMPARE(afterFailure.check(QStringLiteral("eyeglasses"), ItemField::Pharmacy, {})
                     ->decisionCode(),
            QStringLiteral("Excluded"));
    }

    void modelAdviceIsKeptWithTheRecordedChecks()
    {
        NewClaim filed;
        filed.type = ClaimType::Health;
        filed.claimantNationalId = QStringLiteral("3100701443816");
        filed.diagnosisCode = QStringLiteral("fever");
        filed.lineItems = { { QStringLiteral("Adol 500 mg"), Money::fromUnits(80) },
            { QStringLiteral("brain MRI scan"), Money::fromUnits(9000) } };
        auto claim = ClaimBook(*m_db, DecisionEngine()).file(filed, QStringLiteral("t"));
        QVERIFY(claim.ok());
        auto review = ClaimPolicyReview::build(*m_db, *claim, QDate(2026, 6, 1), RuleSet());
        QVERIFY2(review.ok(), qPrintable(review.error()));
        QVERIFY(!review->reasoning.checked);
        const int offline = review->approvalProbability;

        PolicyReasoning advice;
        advice.checked = true;
        advice.model = QStringLiteral("test-model");
        advice.promptVersion = QStringLiteral("p1");
        advice.flags = { { ItemField::Lab, QStringLiteral("brain MRI scan"),
            QStringLiteral("not for a fever"), { QStringLiteral("blood test") } } };
        advice.suggestions.insert(QStringLiteral("brain MRI scan"), { QStringLiteral("CBC") });
        review->applyReasoning(advice);
        QVERIFY(PolicyCheckRepository(*m_db)
                    .record(claim->id, review->checks, QStringLiteral("dora"), &review->reasoning,
                        review->reasoningInput())
                    .ok());

        // Opened again: the advice is there without asking the model again.
        auto again = ClaimPolicyReview::build(*m_db, *claim, QDate(2026, 6, 1), RuleSet());
        QVERIFY(again.ok());
        QVERIFY(again->reasoning.checked);
        QVERIFY(again->reasoning.recordedAt.isValid());
        QCOMPARE(again->reasoning.model, QStringLiteral("test-model"));
        QCOMPARE(again->reasoning.flags.size(), 1);
        QCOMPARE(again->reasoning.flags[0].field, ItemField::Lab);
        QCOMPARE(again->reasoning.flags[0].alternatives, QStringList({ "blood test" }));
        QCOMPARE(again->checks[1].suggestedAlternatives, QStringList({ "CBC" }));
        QVERIFY(again->approvalProbability < offline); // the flag counts

        // The claim's diagnosis changed since: the advice was for something else.
        Claim changed = *claim;
        changed.diagnosisCode = QStringLiteral("broken arm");
        auto other = ClaimPolicyReview::build(*m_db, changed, QDate(2026, 6, 1), RuleSet());
        QVERIFY(other.ok());
        QVERIFY(!other->reasoning.checked);
    }

    void approvalProbability()
    {
        QList<LineItemCheck> checks(3);
        QCOMPARE(LineItemChecker::approvalProbability(checks), 100);
        checks[0].allowed = false;
        QCOMPARE(LineItemChecker::approvalProbability(checks), 80);
        QCOMPARE(LineItemChecker::approvalProbability(checks, 1), 60);
        checks[1].allowed = checks[2].allowed = false;
        QCOMPARE(LineItemChecker::approvalProbability(checks, 5), 0);
    }

    // A model's answer is kept only where it speaks of the claim's own items; it
    // advises, never changes a decision.
    void modelReasoningIsKeptToTheClaim()
    {
        Claim c;
        c.id = QStringLiteral("H-20260601-000002");
        c.type = ClaimType::Health;
        c.claimantNationalId = QStringLiteral("3100701443816");
        c.diagnosisCode = QStringLiteral("haemorrhoids");
        c.treatmentNotes = QStringLiteral("Bleeding on defecation");
        c.lineItems = { { QStringLiteral("Vitamin D 1000 IU"), Money::fromUnits(300) },
            { QStringLiteral("Panadol 500mg"), Money::fromUnits(120) },
            { QStringLiteral("Chest X-ray"), Money::fromUnits(900) } };
        auto review = ClaimPolicyReview::build(*m_db, c, QDate(2026, 6, 1), RuleSet());
        QVERIFY2(review.ok(), qPrintable(review.error()));
        QVERIFY(review->needsClinicalCheck());
        QCOMPARE(review->checks[0].decisionCode(), QStringLiteral("Excluded"));
        QVERIFY(review->checks[0].alternatives.isEmpty());
        QCOMPARE(review->checks[1].decisionCode(), QStringLiteral("Excluded"));
        QVERIFY(!review->checks[1].alternatives.isEmpty()); // the clause names Adol
        const int offline = review->approvalProbability;

        const QJsonObject answer = QJsonDocument::fromJson(R"({
          "clinical_flags": [
            {"field": "pharmacy", "item": "vitamin d 1000 iu", "reason": "Not a treatment for haemorrhoids.",
             "alternatives": ["Topical hemorrhoid cream", "topical hemorrhoid cream", "Vitamin D 1000 IU",
                              "Anti-inflammatory medication", "Sitz bath"]},
            {"field": "pharmacy", "item": "Chest X-ray", "reason": "Unrelated to the anorectal complaint.",
             "alternatives": ["Anoscopy"]},
            {"field": "lab", "item": "Aspirin 300 mg", "reason": "Not on this claim."},
            {"field": "lab", "item": "Chest X-ray", "reason": "Said twice."},
            {"field": "complaint", "item": "Panadol 500mg", "reason": "   "}
          ],
          "alternatives": [
            {"item": "Vitamin D 1000 IU", "suggestions": ["Hydrocortisone cream 1%", "Lidocaine gel 2%", "Docusate 100 mg"]},
            {"item": "Panadol 500mg", "suggestions": ["Paracetamol 500 mg"]},
            {"item": "Chest X-ray", "suggestions": ["Anoscopy"]}
          ]})")
                                       .object();
        const PolicyReasoning r
            = PolicyReasoning::fromAnswer(answer, review->checks, review->treatmentNotes);
        QVERIFY(r.checked);
        QCOMPARE(r.flags.size(), 2); // the unknown item, the repeat and the empty reason dropped
        QCOMPARE(r.flags[0].item, QStringLiteral("Vitamin D 1000 IU")); // the claim's spelling
        QCOMPARE(r.flags[0].alternatives,
            QStringList({ QStringLiteral("Topical hemorrhoid cream"),
                QStringLiteral("Anti-inflammatory medication") }));
        QCOMPARE(r.flags[1].item, QStringLiteral("Chest X-ray"));
        // Suggestions only for an excluded item whose clause names none, at most two.
        QCOMPARE(r.suggestions.size(), 1);
        QCOMPARE(r.suggestions.value(QStringLiteral("Vitamin D 1000 IU")),
            QStringList(
                { QStringLiteral("Hydrocortisone cream 1%"), QStringLiteral("Lidocaine gel 2%") }));

        review->applyReasoning(r);
        QCOMPARE(review->checks[0].decisionCode(), QStringLiteral("Excluded"));
        QCOMPARE(review->checks[0].suggestedAlternatives.size(), 2);
        QVERIFY(review->checks[0].toJson().contains(u"suggested_alternatives"));
        QVERIFY(review->checks[1].suggestedAlternatives.isEmpty());
        QCOMPARE(
            review->checks[2].decisionCode(), QStringLiteral("Allowed")); // flagged, not excluded
        QCOMPARE(
            review->approvalProbability, offline - 20); // one flag counted, as seed 003 shows one
        QCOMPARE(review->reasoning.toJson().value(u"status").toString(), QStringLiteral("checked"));

        // Flags are shown most important first: the complaint before the pharmacy.
        const PolicyReasoning ordered
            = PolicyReasoning::fromAnswer(QJsonDocument::fromJson(R"({"clinical_flags": [
                {"field": "pharmacy", "item": "Panadol 500mg", "reason": "a"},
                {"field": "complaint", "item": "bleeding on defecation", "reason": "b"}],
                "alternatives": []})")
                                              .object(),
                review->checks, review->treatmentNotes);
        QCOMPARE(ordered.flags.size(), 2);
        QCOMPARE(ordered.flags[0].field, ItemField::Complaint);

        // A car claim is not checked clinically, whatever a model says.
        c.type = ClaimType::CarDamage;
        auto car = ClaimPolicyReview::build(*m_db, c, QDate(2026, 6, 1), RuleSet());
        QVERIFY(car.ok());
        QVERIFY(!car->needsClinicalCheck());
        car->applyReasoning(r);
        QVERIFY(!car->reasoning.checked);
        QCOMPARE(car->reasoning.toJson().value(u"status").toString(), QStringLiteral("skipped"));
    }

    // The laboratory clause asks for relevance to the diagnosis and excludes
    // only screening panels: offline, whether a test fits is for a person to judge.
    void labTestsUnderClinicalJudgement()
    {
        QCOMPARE(itemFieldOf(QStringLiteral("Complete blood count")), ItemField::Lab);
        QCOMPARE(itemFieldOf(QStringLiteral("Paracetamol 500 mg")), ItemField::Pharmacy);
        const std::pair<const char*, const char*> cases[]
            = { { "complete blood count", "dengue fever" }, { "liver function test", "" },
                  { "dengue NS1 antigen test", "fever" } };
        for (const auto& [item, diagnosis] : cases) {
            auto r = m_checker->check(QString::fromUtf8(item), ItemField::Lab,
                { QString::fromUtf8(diagnosis), false, false });
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QVERIFY2(r->decisionCode() == QLatin1String("Review"), qPrintable(r->reason));
            QVERIFY(r->clause);
            QCOMPARE(r->clause->clause.number, 11);
        }
        // the panel the clause names is still excluded
        auto panel = m_checker->check(QStringLiteral("lipid screening panel"), ItemField::Lab,
            { QStringLiteral("fever"), false, false });
        QVERIFY(panel.ok());
        QCOMPARE(panel->decisionCode(), QStringLiteral("Excluded"));
    }

    // A lab test whose clause asks for relevance to the diagnosis: offline it
    // comes back for review, not Excluded, and costs no approval; a model's
    // judgement settles it either way.
    void clinicalJudgementIsLeftToAPersonOrAModel()
    {
        Claim c;
        c.id = QStringLiteral("H-20260601-000003");
        c.type = ClaimType::Health;
        c.claimantNationalId = QStringLiteral("3100701443816");
        c.diagnosisCode = QStringLiteral("dengue fever");
        c.lineItems = { { QStringLiteral("Complete blood count"), Money::fromUnits(350) },
            { QStringLiteral("Liver function test"), Money::fromUnits(600) } };
        auto review = ClaimPolicyReview::build(*m_db, c, QDate(2026, 6, 1), RuleSet());
        QVERIFY2(review.ok(), qPrintable(review.error()));
        QCOMPARE(review->checks[0].decisionCode(), QStringLiteral("Review"));
        QCOMPARE(review->checks[1].decisionCode(), QStringLiteral("Review"));
        QVERIFY(review->checks[0].clause); // the clause is quoted for the reviewer
        QCOMPARE(review->approvalProbability, 100);

        const PolicyReasoning r
            = PolicyReasoning::fromAnswer(QJsonDocument::fromJson(R"({"clinical_flags": [
                {"field": "pharmacy", "item": "Liver function test",
                 "reason": "Not indicated for uncomplicated dengue."}],
                "alternatives": []})")
                                              .object(),
                review->checks, review->treatmentNotes);
        QVERIFY(r.checked);
        review->applyReasoning(r);
        QCOMPARE(review->checks[0].decisionCode(), QStringLiteral("Allowed"));
        QCOMPARE(review->checks[1].decisionCode(), QStringLiteral("Excluded"));
        QVERIFY(review->checks[1].reason.contains(u"dengue"));
    }

    // A policy update needs no code change: a new version is imported and used.
    void aNewVersionIsUsedAndRecorded()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        PolicyLibrary library(db);
        QVERIFY(library.importText(QStringLiteral("formulary"), DemoData::formulary()).ok());
        auto same = library.importText(QStringLiteral("formulary"), DemoData::formulary());
        QVERIFY(same.ok() && same->unchanged && same->version == 1);
        QByteArray updated = DemoData::formulary();
        updated.replace(
            "Panadol → Not covered; Adol → Covered", "Panadol → Covered; Adol → Covered");
        auto v2 = library.importText(QStringLiteral("formulary"), updated);
        QVERIFY2(v2.ok(), qPrintable(v2.error()));
        QCOMPARE(v2->version, 2);
        QCOMPARE(*library.clauseCount(), qint64(13)); // only the latest version is searched
        LineItemChecker checker(library);
        QVERIFY(checker.load().ok());
        auto r = checker.check(QStringLiteral("Panadol 500 mg"), ItemField::Pharmacy, {});
        QVERIFY(r.ok());
        QCOMPARE(r->decisionCode(), QStringLiteral("Allowed"));
        QCOMPARE(r->clause->clauseId, QStringLiteral("formulary-v2-6"));
        QCOMPARE(r->toJson().value(u"policy_version").toString(), QStringLiteral("formulary-v2"));
    }

    void badImportsStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("  \n\n") << "empty";
        QTest::newRow("not UTF-8")
            << QByteArray("- Rule one is fine.\n- Caf\xe9 latte is not covered.\n")
            << "line 2 is not UTF-8";
        QTest::newRow("no rules") << QByteArray("A Title\nSome Heading\n") << "no rules";
    }
    void badImportsStoreNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        PolicyLibrary library(db);
        auto r = library.importText(QStringLiteral("bad"), bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QCOMPARE(*library.clauseCount(), qint64(0));
        QSqlQuery q = db.query();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM policy_documents")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
