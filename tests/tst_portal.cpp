// Filing claims on an insurer portal: recipes checked, a claim filed with its
// documents, reference and PDF evidence, and every fault of a real portal (a
// wrong password, a 503, a session that expires, a renamed field, a slow page, a
// confirmation that never came) ending in a clear state with nothing filed
// twice, asserted on what the fixture portal received. The command line too.

#include "PortalArea.h"
#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "domain/DocumentCategory.h"
#include "filing/PortalDirectory.h"
#include "filing/PortalFilingJob.h"
#include "portal/FixturePortal.h"
#include "storage/AuditRepository.h"
#include "storage/ClaimRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/PolicyHolderRepository.h"
#include "storage/PortalRepository.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace ClaimDesk;
using Test::FixturePortal;

namespace {

const QString Portal = QStringLiteral("Fixture Health");
const QString Password = QStringLiteral("s3cret");

QByteArray fixtureRecipe()
{
    QFile f(QStringLiteral(CLAIMDESK_TEST_DATA "/portal/fixture-recipe.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no fixture recipe");
    return f.readAll();
}

// The recipe with one top-level setting changed.
QByteArray recipeWith(const QString& key, const QJsonValue& value)
{
    QJsonObject o = QJsonDocument::fromJson(fixtureRecipe()).object();
    o.insert(key, value);
    return QJsonDocument(o).toJson();
}

// The outcome, and where and why when it is not the one expected.
bool ended(const FilingResult& r, FilingResult::Outcome expected, QByteArray* why)
{
    *why = (FilingResult::outcomeCode(r.outcome) + u' ' + r.step + u' ' + r.error).toUtf8();
    return r.outcome == expected;
}

} // namespace

#define QCOMPARE_OUTCOME(result, expected)                                                         \
    do {                                                                                           \
        QByteArray why;                                                                            \
        QVERIFY2(ended(result, FilingResult::Outcome::expected, &why), why.constData());           \
    } while (false)

class PortalTest : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox");
    }

private slots:
    void init();
    void cleanup();

    void refusesInvalidRecipes_data();
    void refusesInvalidRecipes();
    void templatesFillValues();
    void filesAnApprovedClaimWithItsDocuments();
    void neverFilesTwiceUnlessForced();
    void refusesAClaimNotApproved();
    void refusesAClaimAnotherRunIsFiling();
    void wrongPasswordFailsAndFilesNothing();
    void retriesAfterA503();
    void logsInAgainWhenTheSessionExpires();
    void renamedFieldNeedsAttention();
    void slowPageTimesOutAndFilesNothing();
    void missingConfirmationIsLookedUpNotFiledAgain();
    void readsTheStatusBack();
    void commandLineFilesAndReadsStatus();
    void portalAreaFilesInTheVisiblePage();

private:
    QString fileClaim(ClaimStatus status = ClaimStatus::Approved);
    void addPortal(const QByteArray& recipe = fixtureRecipe());
    QList<FilingResult> submit(const QStringList& ids, bool force = false);
    PortalSubmission submissionOf(const QString& claimId);
    QStringList auditCodes(const QString& claimId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<FixturePortal> m_portal;
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<QWebEngineView> m_view;
    PortalPage* m_page = nullptr;
    std::unique_ptr<PortalFilingJob> m_job;
    QByteArray m_receipt;
};

void PortalTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Test::removeBook(m_dir->filePath(QStringLiteral("test.sqlite")));
    m_db = Test::openTempDatabase(*m_dir);
    m_portal = std::make_unique<FixturePortal>();
    QVERIFY(m_portal->start());
    m_portal->setLogin(QStringLiteral("adjuster"), Password);
    m_profile = std::make_unique<QWebEngineProfile>();
    m_view = std::make_unique<QWebEngineView>();
    m_page = new PortalPage(m_profile.get(), m_view.get());
    m_view->setPage(m_page);
    m_view->resize(1280, 1024);
    m_view->show();
    m_job = std::make_unique<PortalFilingJob>(
        Test::bookAt(*m_dir), m_page, [this] { return m_view->focusProxy(); });
    m_job->setPassword(Password);
    m_job->setRetries(3, 50);
    m_job->setSnapshot([this] { return m_view->grab().toImage(); });
    QImage bill(400, 300, QImage::Format_RGB32);
    bill.fill(Qt::white);
    m_receipt = Test::png(bill);
}

void PortalTest::cleanup()
{
    m_job.reset();
    m_view.reset(); // the page with it
    m_profile.reset();
    m_portal.reset();
    m_db.reset();
    m_dir.reset();
}

QString PortalTest::fileClaim(ClaimStatus status)
{
    ClaimBook book(*m_db, DecisionEngine());
    NewClaim c;
    c.status = status;
    c.amount = Money::fromCents(123450);
    c.claimantName = QStringLiteral("Somchai Jaidee");
    c.claimantNationalId = QStringLiteral("1101700203451");
    c.providerName = QStringLiteral("Bangkok Hospital");
    c.diagnosisCode = QStringLiteral("J06.9");
    c.treatmentNotes = QStringLiteral("Fever, two days");
    c.serviceDate = QDate(2026, 11, 28);
    PolicyHolder holder;
    holder.idCardNumber = c.claimantNationalId;
    holder.nameEn = c.claimantName;
    holder.policyNumber = QStringLiteral("POL-778899");
    holder.status = QStringLiteral("active");
    holder.startDate = QDate(2026, 1, 1);
    holder.endDate = QDate(2026, 12, 31);
    if (!PolicyHolderRepository(*m_db).upsert({ holder }))
        qFatal("cannot keep the policy");
    auto claim = book.file(c, QStringLiteral("tester"));
    if (!claim)
        qFatal("cannot file: %s", qPrintable(claim.error()));
    DocumentRepository documents(*m_db);
    auto added = documents.add(claim->id, m_receipt, QStringLiteral("bill.png"),
        QStringLiteral("image/png"), QStringLiteral("tester"), false);
    if (!added
        || !documents.saveReading(
            added->document.id, DocumentCategory::Receipt, {}, QStringLiteral("tester")))
        qFatal("cannot attach the bill");
    return claim->id;
}

void PortalTest::addPortal(const QByteArray& recipe)
{
    auto added = PortalDirectory::add(*m_db,
        { Portal, m_portal->baseUrl().toString(), QStringLiteral("adjuster"), recipe,
            ClaimStatus::Pending },
        QStringLiteral("admin"));
    QVERIFY2(added, qPrintable(added.error()));
}

QList<FilingResult> PortalTest::submit(const QStringList& ids, bool force)
{
    QList<FilingResult> results;
    connect(m_job.get(), &PortalFilingJob::claimFiled, this,
        [&](const FilingResult& r) { results << r; });
    QSignalSpy finished(m_job.get(), &PortalFilingJob::finished);
    m_job->file(ids, Portal, force, QStringLiteral("tester"));
    if (finished.isEmpty())
        finished.wait(120000);
    disconnect(m_job.get(), &PortalFilingJob::claimFiled, this, nullptr);
    return results;
}

PortalSubmission PortalTest::submissionOf(const QString& claimId)
{
    auto row = PortalRepository(*m_db).submission(claimId, Portal);
    return row && *row ? **row : PortalSubmission();
}

QStringList PortalTest::auditCodes(const QString& claimId)
{
    QStringList codes;
    for (const AuditEntry& e : AuditRepository(*m_db).forClaim(claimId).value_or({}))
        codes << e.code();
    return codes;
}

void PortalTest::refusesInvalidRecipes_data()
{
    QTest::addColumn<QByteArray>("recipe");
    QTest::addColumn<QString>("key");
    QJsonObject base = QJsonDocument::fromJson(fixtureRecipe()).object();
    auto with = [&](const std::function<void(QJsonObject&)>& change) {
        QJsonObject o = base;
        change(o);
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("not json") << QByteArray("{ \"format\": 1,") << QStringLiteral("recipe");
    QTest::newRow("format") << with([](QJsonObject& o) { o[u"format"_qs] = 2; })
                            << QStringLiteral("format");
    QTest::newRow("unknown key") << with([](QJsonObject& o) { o[u"steps"_qs] = 1; })
                                 << QStringLiteral("steps");
    QTest::newRow("two actions") << with([](QJsonObject& o) {
        QJsonArray s = o[u"submit"_qs].toArray();
        s[2] = QJsonObject { { u"fill"_qs, u"#a"_qs }, { u"click"_qs, u"#b"_qs },
            { u"value"_qs, u"x"_qs } };
        o[u"submit"_qs] = s;
    }) << QStringLiteral("submit[2]");
    QTest::newRow("unknown value") << with([](QJsonObject& o) {
        QJsonArray s = o[u"submit"_qs].toArray();
        s[2] = QJsonObject { { u"fill"_qs, u"#a"_qs }, { u"value"_qs, u"{polcy_number}"_qs } };
        o[u"submit"_qs] = s;
    }) << QStringLiteral("submit[2].value");
    QTest::newRow("no submit point") << with([](QJsonObject& o) {
        QJsonArray s = o[u"submit"_qs].toArray();
        s[15] = QJsonObject { { u"click"_qs, u"#submit"_qs } };
        o[u"submit"_qs] = s;
    }) << QStringLiteral("submit");
    QTest::newRow("unknown category") << with([](QJsonObject& o) {
        QJsonArray s = o[u"submit"_qs].toArray();
        s[14] = QJsonObject { { u"upload"_qs, u"#bills"_qs },
            { u"categories"_qs, QJsonArray { u"bills"_qs } } };
        o[u"submit"_qs] = s;
    }) << QStringLiteral("submit[14].categories");
    QTest::newRow("bad pattern") << with([](QJsonObject& o) {
        QJsonArray s = o[u"submit"_qs].toArray();
        s[17] = QJsonObject { { u"read_reference"_qs, u"#reference"_qs },
            { u"pattern"_qs, u"CLM-(\\d+"_qs } };
        o[u"submit"_qs] = s;
    }) << QStringLiteral("submit[17].pattern");
    QTest::newRow("status none") << with([](QJsonObject& o) {
        QJsonObject st = o[u"status"_qs].toObject();
        st.remove(u"none"_qs);
        o[u"status"_qs] = st;
    }) << QStringLiteral("status.none");
    QTest::newRow("step after the reference") << with([](QJsonObject& o) {
        QJsonArray s = o[u"submit"_qs].toArray();
        s.append(QJsonObject { { u"open"_qs, u"/logout"_qs } });
        o[u"submit"_qs] = s;
    }) << QStringLiteral("submit[18]");
    QTest::newRow("status map") << with([](QJsonObject& o) {
        QJsonObject st = o[u"status"_qs].toObject();
        st[u"map"_qs] = QJsonObject { { u"Paid"_qs, u"Settled"_qs } };
        o[u"status"_qs] = st;
    }) << QStringLiteral("status.map.Paid");
}

void PortalTest::refusesInvalidRecipes()
{
    QFETCH(QByteArray, recipe);
    QFETCH(QString, key);
    auto parsed = PortalRecipe::parse(recipe);
    QVERIFY(!parsed);
    QCOMPARE(parsed.errorDetail().field, key);
    QVERIFY2(parsed.error().startsWith(key + u':'), qPrintable(parsed.error()));
    // And the directory refuses to keep it, saying why.
    auto added = PortalDirectory::add(*m_db,
        { Portal, QStringLiteral("https://portal.example"), QStringLiteral("u"), recipe,
            ClaimStatus::Pending },
        QStringLiteral("admin"));
    QVERIFY(!added);
    QVERIFY2(added.error().contains(key), qPrintable(added.error()));
    QVERIFY(PortalDirectory::list(*m_db)->isEmpty());
}

void PortalTest::templatesFillValues()
{
    PortalValues v;
    v.set(QStringLiteral("claim_id"), QStringLiteral("H-1"));
    v.setServiceDate(QDate(2024, 2, 29));
    QCOMPARE(*v.fill(QStringLiteral("{claim_id} on {service_date:dd.MM.yyyy}")),
        QStringLiteral("H-1 on 29.02.2024"));
    // The Buddhist era keeps the day: 29 February 2567 would not exist.
    QCOMPARE(*v.fill(QStringLiteral("{service_date_be:dd/MM/yyyy}")), QStringLiteral("29/02/2567"));
    QCOMPARE(*v.fill(QStringLiteral("{{literal}}")), QStringLiteral("{literal}"));
    QVERIFY(!v.fill(QStringLiteral("{nope}")));
    QVERIFY(!v.fill(QStringLiteral("{service_date:hh:mm}")));
    QVERIFY(!v.fill(QStringLiteral("{claim_id")));
}

void PortalTest::filesAnApprovedClaimWithItsDocuments()
{
    addPortal();
    const QString id = fileClaim();
    const QList<FilingResult> results = submit({ id });
    QCOMPARE(results.size(), 1);
    const FilingResult r = results.first();
    QCOMPARE_OUTCOME(r, Submitted);
    QCOMPARE(r.reference, QStringLiteral("CLM-000001"));

    // What the portal received, not only what the app says.
    QCOMPARE(m_portal->received().size(), 1);
    const FixturePortal::Received got = m_portal->received().first();
    QCOMPARE(got.fields.value(QStringLiteral("our_ref")), id);
    QCOMPARE(got.fields.value(QStringLiteral("member_id")), QStringLiteral("1101700203451"));
    QCOMPARE(got.fields.value(QStringLiteral("policy_number")), QStringLiteral("POL-778899"));
    QCOMPARE(got.fields.value(QStringLiteral("patient_name")), QStringLiteral("Somchai Jaidee"));
    QCOMPARE(got.fields.value(QStringLiteral("claim_type")), QStringLiteral("OPD"));
    QCOMPARE(got.fields.value(QStringLiteral("treatment_date")), QStringLiteral("28.11.2026"));
    QCOMPARE(got.fields.value(QStringLiteral("amount")), QStringLiteral("1234.50"));
    QCOMPARE(got.fields.value(QStringLiteral("icd10")), QStringLiteral("J06.9"));
    QCOMPARE(got.files.size(), 1);
    QCOMPARE(got.files.first().fileName, QStringLiteral("bill.png"));
    QCOMPARE(got.files.first().bytes, m_receipt);

    // The record: reference, evidence PDF on the claim, status moved, audited.
    const PortalSubmission row = submissionOf(id);
    QCOMPARE(row.state, SubmissionState::Filed);
    QCOMPARE(row.reference, QStringLiteral("CLM-000001"));
    QVERIFY(r.evidenceDocumentId > 0);
    QCOMPARE(row.evidenceDocumentId, r.evidenceDocumentId);
    DocumentRepository documents(*m_db);
    Document evidence;
    const QList<Document> onClaim = documents.forClaim(id).value_or({});
    for (const Document& d : onClaim) {
        if (d.id == r.evidenceDocumentId)
            evidence = d;
    }
    QCOMPARE(evidence.category, DocumentCategory::PortalConfirmation);
    QVERIFY(documents.bytes(evidence.sha256)->startsWith("%PDF"));
    QCOMPARE(ClaimRepository(*m_db).find(id)->status, ClaimStatus::Pending);
    const QStringList codes = auditCodes(id);
    QVERIFY(codes.count(QStringLiteral("portal_step")) >= 20);
    QVERIFY(codes.contains(QStringLiteral("portal")));
}

void PortalTest::neverFilesTwiceUnlessForced()
{
    addPortal();
    const QString id = fileClaim();
    QCOMPARE_OUTCOME(submit({ id }).value(0), Submitted);
    const FilingResult again = submit({ id }).value(0);
    QCOMPARE_OUTCOME(again, AlreadySubmitted);
    QCOMPARE(again.reference, QStringLiteral("CLM-000001"));
    QCOMPARE(m_portal->received().size(), 1);
    QCOMPARE(m_portal->submitAttempts(), 1);
    const FilingResult forced = submit({ id }, true).value(0);
    QCOMPARE_OUTCOME(forced, Submitted);
    QCOMPARE(forced.reference, QStringLiteral("CLM-000002"));
    QCOMPARE(m_portal->received().size(), 2);
}

void PortalTest::refusesAClaimNotApproved()
{
    addPortal();
    const QString id = fileClaim(ClaimStatus::UnderReview);
    const FilingResult r = submit({ id }).value(0);
    QCOMPARE_OUTCOME(r, Failed);
    QVERIFY2(r.error.contains(QStringLiteral("approved")), qPrintable(r.error));
    QCOMPARE(m_portal->submitAttempts(), 0);
    QCOMPARE(submissionOf(id).claimId, QString()); // nothing recorded as started
}

void PortalTest::refusesAClaimAnotherRunIsFiling()
{
    addPortal();
    const QString id = fileClaim();
    PortalSubmission held;
    held.claimId = id;
    held.portal = Portal;
    held.state = SubmissionState::Filing;
    held.actor = QStringLiteral("other-desk");
    held.startedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(PortalRepository(*m_db).saveSubmission(held));
    const FilingResult r = submit({ id }).value(0);
    QCOMPARE_OUTCOME(r, Failed);
    QVERIFY2(r.error.contains(QStringLiteral("another run")), qPrintable(r.error));
    QCOMPARE(m_portal->submitAttempts(), 0);
    QCOMPARE(submissionOf(id).actor, QStringLiteral("other-desk")); // left as it was
}

void PortalTest::wrongPasswordFailsAndFilesNothing()
{
    addPortal();
    const QString id = fileClaim();
    m_job->setPassword(QStringLiteral("wrong"));
    const FilingResult r = submit({ id }).value(0);
    QCOMPARE_OUTCOME(r, Failed);
    QVERIFY2(r.error.contains(QStringLiteral("Wrong user name or password")), qPrintable(r.error));
    QVERIFY2(r.step.startsWith(QStringLiteral("login[5]")), qPrintable(r.step));
    QCOMPARE(m_portal->loginFailures(), 1); // not tried again: the portal answered
    QCOMPARE(m_portal->received().size(), 0);
    QCOMPARE(submissionOf(id).state, SubmissionState::Failed);
    QVERIFY(!submissionOf(id).sent);
    QCOMPARE(ClaimRepository(*m_db).find(id)->status, ClaimStatus::Approved);
}

void PortalTest::retriesAfterA503()
{
    addPortal();
    const QString id = fileClaim();
    m_portal->setFailFirstSubmitWith503(true);
    const FilingResult r = submit({ id }).value(0);
    QCOMPARE_OUTCOME(r, Submitted);
    QCOMPARE(m_portal->submitAttempts(), 2);
    QCOMPARE(m_portal->received().size(), 1);
    QCOMPARE(submissionOf(id).attempts, 1);
}

void PortalTest::logsInAgainWhenTheSessionExpires()
{
    addPortal();
    const QString id = fileClaim();
    m_portal->setExpireSessionAfterFirstPage(true);
    const FilingResult r = submit({ id }).value(0);
    QCOMPARE_OUTCOME(r, Submitted);
    QCOMPARE(m_portal->received().size(), 1);
    QCOMPARE(m_portal->received().first().fields.value(QStringLiteral("our_ref")), id);
}

void PortalTest::renamedFieldNeedsAttention()
{
    addPortal(recipeWith(QStringLiteral("timeout_seconds"), 3));
    const QString id = fileClaim();
    m_portal->setRenameAmountField(true);
    const FilingResult r = submit({ id }).value(0);
    QCOMPARE_OUTCOME(r, NeedsAttention);
    QVERIFY2(r.step.contains(QStringLiteral("#amount")), qPrintable(r.step));
    QVERIFY2(r.error.contains(QStringLiteral("#amount")), qPrintable(r.error));
    QCOMPARE(m_portal->submitAttempts(), 0);
    QCOMPARE(m_portal->received().size(), 0);
    const PortalSubmission row = submissionOf(id);
    QCOMPARE(row.state, SubmissionState::NeedsAttention);
    QVERIFY(!row.screenshotSha256.isEmpty());
    QCOMPARE(ClaimRepository(*m_db).find(id)->status, ClaimStatus::Approved);
}

void PortalTest::slowPageTimesOutAndFilesNothing()
{
    addPortal(recipeWith(QStringLiteral("timeout_seconds"), 1));
    const QString id = fileClaim();
    m_portal->setDetailsDelayMs(4000);
    m_job->setRetries(2, 50);
    const FilingResult r = submit({ id }).value(0);
    QCOMPARE_OUTCOME(r, Failed);
    QVERIFY2(r.error.contains(QStringLiteral("second")), qPrintable(r.error));
    QCOMPARE(m_portal->received().size(), 0);
    QCOMPARE(m_portal->submitAttempts(), 0);
    QVERIFY(!submissionOf(id).sent);
}

void PortalTest::missingConfirmationIsLookedUpNotFiledAgain()
{
    addPortal(recipeWith(QStringLiteral("timeout_seconds"), 2));
    const QString id = fileClaim();
    m_portal->setDropConfirmation(true);
    const FilingResult r = submit({ id }).value(0);
    // The first run sent it and saw no reference; the retry found it on the
    // status page instead of filing it again.
    QCOMPARE_OUTCOME(r, AlreadySubmitted);
    QCOMPARE(r.reference, QStringLiteral("CLM-000001"));
    QCOMPARE(m_portal->submitAttempts(), 1);
    QCOMPARE(m_portal->received().size(), 1);
    QCOMPARE(submissionOf(id).state, SubmissionState::Filed);
    QCOMPARE(ClaimRepository(*m_db).find(id)->status, ClaimStatus::Pending);
}

void PortalTest::readsTheStatusBack()
{
    addPortal();
    const QString id = fileClaim();
    const FilingResult filed = submit({ id }).value(0);
    QCOMPARE_OUTCOME(filed, Submitted);
    m_portal->setStatus(QStringLiteral("CLM-000001"), QStringLiteral("Paid"));
    QList<StatusRead> reads;
    connect(
        m_job.get(), &PortalFilingJob::statusRead, this, [&](const StatusRead& r) { reads << r; });
    QSignalSpy finished(m_job.get(), &PortalFilingJob::finished);
    m_job->checkStatus({}, Portal, QStringLiteral("tester"));
    QVERIFY(finished.wait(60000));
    QCOMPARE(reads.size(), 1);
    QVERIFY2(reads.first().error.isEmpty(), qPrintable(reads.first().error));
    QVERIFY(reads.first().found);
    QCOMPARE(reads.first().portalStatus, QStringLiteral("Paid"));
    QVERIFY(reads.first().changed);
    QCOMPARE(ClaimRepository(*m_db).find(id)->status, ClaimStatus::Paid);
    QVERIFY(auditCodes(id).contains(QStringLiteral("portal_status")));
    QCOMPARE(submissionOf(id).portalStatus, QStringLiteral("Paid"));
}

void PortalTest::commandLineFilesAndReadsStatus()
{
    const QString recipePath = m_dir->filePath(QStringLiteral("recipe.json"));
    Test::writtenFile(recipePath, fixtureRecipe());
    const QString id = fileClaim();
    const QStringList book = Test::bookArguments(Test::bookAt(*m_dir));
    // The CLI talks to the fixture served by this process: its event loop must run.
    auto run = [&](const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = Test::cliEnvironment(*m_dir);
        env.insert(QStringLiteral("CLAIMDESK_PORTAL_PASSWORD"), Password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CLAIMDESK_CLI_PATH), book + args);
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(120000))
            qFatal("claimdesk-cli did not end");
        return Test::CliRun { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    };
    Test::CliRun added = run({ QStringLiteral("portal"), QStringLiteral("add"), recipePath,
        QStringLiteral("--name"), Portal, QStringLiteral("--url"), m_portal->baseUrl().toString(),
        QStringLiteral("--user"), QStringLiteral("adjuster"), QStringLiteral("--json") });
    QVERIFY2(added.code == 0, added.err.constData());
    Test::CliRun listed
        = run({ QStringLiteral("portal"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(listed.json().array().first().toObject().value(u"name"_qs).toString(), Portal);
    QVERIFY(!listed.out.contains(Password.toUtf8()));

    Test::CliRun filed = run({ QStringLiteral("portal"), QStringLiteral("submit"), id,
        QStringLiteral("--portal"), Portal, QStringLiteral("--json") });
    QVERIFY2(filed.code == 0, QByteArray(filed.err + ' ' + filed.out).constData());
    const QJsonObject line = filed.json().object();
    QCOMPARE(line.value(u"claim_id"_qs).toString(), id);
    QCOMPARE(line.value(u"status"_qs).toString(), QStringLiteral("submitted"));
    QCOMPARE(line.value(u"reference"_qs).toString(), QStringLiteral("CLM-000001"));
    QVERIFY(line.value(u"evidence_document_id"_qs).toInteger() > 0);
    QCOMPARE(m_portal->received().size(), 1);
    QCOMPARE(m_portal->received().first().files.first().bytes, m_receipt);

    Test::CliRun again = run({ QStringLiteral("portal"), QStringLiteral("submit"), id,
        QStringLiteral("--portal"), Portal, QStringLiteral("--json") });
    QCOMPARE(
        again.json().object().value(u"status"_qs).toString(), QStringLiteral("already_submitted"));
    QCOMPARE(m_portal->received().size(), 1);

    m_portal->setStatus(QStringLiteral("CLM-000001"), QStringLiteral("Declined"));
    Test::CliRun status = run({ QStringLiteral("portal"), QStringLiteral("status"), id,
        QStringLiteral("--portal"), Portal, QStringLiteral("--json") });
    QVERIFY2(status.code == 0, status.err.constData());
    QCOMPARE(
        status.json().object().value(u"portal_status"_qs).toString(), QStringLiteral("Declined"));
    QCOMPARE(
        status.json().object().value(u"claim_status"_qs).toString(), QStringLiteral("Rejected"));
}

void PortalTest::portalAreaFilesInTheVisiblePage()
{
    if (qEnvironmentVariableIsEmpty("CLAIMDESK_TEST_KEYRING"))
        QSKIP("needs a keyring (tst_portal_keychain)");
    addPortal();
    const QString id = fileClaim();
    const InsurerPortal portal = *PortalDirectory::find(*m_db, Portal);
    QVERIFY(PortalPasswords::store(portal, Password).isEmpty());

    PortalArea area(Test::bookAt(*m_dir));
    area.resize(1366, 700);
    area.show();
    area.refresh();
    auto* choice = area.findChild<QComboBox*>(QStringLiteral("portalChoice"));
    QTRY_COMPARE(choice->currentText(), Portal);
    QSignalSpy changed(&area, &PortalArea::bookChanged);
    area.submit({ id });
    QVERIFY(changed.wait(60000));
    QCOMPARE(m_portal->received().size(), 1);
    QCOMPARE(m_portal->received().first().files.first().bytes, m_receipt);
    auto* results = area.findChild<QTableWidget*>(QStringLiteral("portalResults"));
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->item(0, 0)->text(), id);
    QCOMPARE(results->item(0, 2)->text(), QStringLiteral("CLM-000001"));
    QCOMPARE(submissionOf(id).state, SubmissionState::Filed);
    QVERIFY(PortalPasswords::forget(portal).isEmpty());
}

QTEST_MAIN(PortalTest)
#include "tst_portal.moc"
