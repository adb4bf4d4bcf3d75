#include "PortalFilings.h"

#include "FilingTr.h"
#include "domain/DocumentCategory.h"
#include "storage/AuditRepository.h"
#include "storage/ClaimRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/PolicyHolderRepository.h"
#include "storage/PortalRepository.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ClaimDesk {

namespace {

// How long a run may hold a claim it files: longer than any run takes (three
// tries of a recipe's steps), short enough that a run cut short by a crash does
// not hold the claim for the rest of the day.
constexpr qint64 FilingLeaseMs = 15 * 60 * 1000;

template<typename T>
Result<T> failed(const Error& e)
{
    return Result<T>::failure(e);
}

QString policyNumberOf(const Database& db, const Claim& claim)
{
    auto holders = PolicyHolderRepository(db).findByIdCard(claim.claimantNationalId, claim.type);
    return holders && !holders->isEmpty() ? holders->first().policyNumber : QString();
}

PortalValues valuesOf(const Database& db, const Claim& claim, const InsurerPortal& portal)
{
    PortalValues v;
    v.set(QStringLiteral("claim_id"), claim.id);
    v.set(QStringLiteral("claim_type"), claimTypeCode(claim.type));
    v.set(QStringLiteral("claimant_name"), claim.claimantName);
    v.set(QStringLiteral("national_id"), claim.claimantNationalId);
    v.set(QStringLiteral("policy_number"), policyNumberOf(db, claim));
    v.set(QStringLiteral("provider"), claim.providerName);
    v.set(QStringLiteral("diagnosis"), claim.diagnosisCode);
    v.set(QStringLiteral("amount"), claim.amount ? claim.amount->toString() : QString());
    v.set(QStringLiteral("currency"), QStringLiteral("THB"));
    v.set(QStringLiteral("treatment_notes"), claim.treatmentNotes);
    v.set(QStringLiteral("login"), portal.login);
    v.setServiceDate(claim.serviceDate);
    return v;
}

// The claim's documents of the categories the recipe uploads, as files in `dir`
// under their own names (the portal sees them), one folder per document.
Result<QHash<QString, QStringList>> writeFiles(
    const Database& db, const QString& claimId, const QStringList& categories, const QString& dir)
{
    using R = Result<QHash<QString, QStringList>>;
    DocumentRepository documents(db);
    auto all = documents.forClaim(claimId);
    if (!all)
        return R::failure(all.errorDetail());
    QHash<QString, QStringList> files;
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\\\x00-\\x1f]"));
    for (const Document& d : *all) {
        if (!categories.contains(d.category))
            continue;
        auto bytes = documents.bytes(d.sha256);
        if (!bytes)
            return R::failure(bytes.errorDetail());
        QString name = d.originalName;
        name.replace(unsafe, QStringLiteral("_"));
        if (name.isEmpty() || name.startsWith(u'.'))
            name = QStringLiteral("document-%1").arg(d.id);
        const QString folder = QDir(dir).filePath(QString::number(d.id));
        QFile file(QDir(folder).filePath(name));
        if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly)
            || file.write(*bytes) != bytes->size())
            return R::failure(Error::of(ErrorKind::Failed,
                FilingTr::tr("Could not write %1 for the portal: %2")
                    .arg(file.fileName(), file.errorString())));
        files[d.category] << file.fileName();
    }
    return files;
}

// Why the claim may not be filed now; empty when it may.
QString refusal(const Claim& claim, const std::optional<PortalSubmission>& before, bool force)
{
    const bool filedBefore = before && before->state == SubmissionState::Filed;
    if (claim.status == ClaimStatus::Approved || (filedBefore && force))
        return {};
    return FilingTr::tr("%1 is %2; only an approved claim is filed on a portal")
        .arg(claim.id, claimStatusLabel(claim.status));
}

// Where the claim stands on the portal: as stored, or a row of its own when it
// was never filed there.
PortalSubmission storedOrNew(
    const std::optional<PortalSubmission>& stored, const QString& claimId, const QString& portal)
{
    if (stored)
        return *stored;
    PortalSubmission fresh;
    fresh.claimId = claimId;
    fresh.portal = portal;
    return fresh;
}

Status audit(const Database& db, const QString& claimId, AuditAction action, const QString& before,
    const QString& after, const QString& actor,
    const QDateTime& at = QDateTime::currentDateTimeUtc())
{
    return AuditRepository(db).append({ 0, at, actor, claimId, action, before, after, {} });
}

// The confirmation page, kept on the claim as a document that is not read.
Result<qint64> keepEvidence(
    const Database& db, const FilingPlan& plan, const PortalAnswer& answer, const QString& actor)
{
    if (answer.evidencePdf.isEmpty())
        return qint64(0);
    DocumentRepository documents(db);
    QString reference = answer.reference;
    reference.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    const QString name = QStringLiteral("%1-%2.pdf")
                             .arg(plan.portal.name.simplified().replace(u' ', u'_'), reference);
    auto added = documents.add(
        plan.claimId, answer.evidencePdf, name, QStringLiteral("application/pdf"), actor, false);
    if (!added)
        return Result<qint64>::failure(added.errorDetail());
    if (auto s = documents.saveReading(
            added->document.id, DocumentCategory::PortalConfirmation, {}, actor);
        !s)
        return Result<qint64>::failure(s.errorDetail());
    return added->document.id;
}

Status moveClaim(const Database& db, const QString& claimId, ClaimStatus to, const QString& actor)
{
    ClaimRepository claims(db);
    auto claim = claims.find(claimId);
    if (!claim)
        return Status::from(claim);
    if (claim->status == to)
        return {};
    return Status::from(claims.setStatus(claimId, to, std::nullopt, actor));
}

// On a team book, whether this login may move the claim to `to` (hold it or
// manage, within its authority): asked of the server's own guard by the very move
// the filing will make, made and taken back at once, before the portal is touched
// rather than learnt after the portal took the claim.
Status mayMove(const Database& db, const QString& claimId, ClaimStatus to, const QString& actor)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        return {};
    Status refused;
    bool tried = false;
    const Status probe = db.writeTransaction([&]() -> Status {
        tried = true;
        refused = moveClaim(db, claimId, to, actor);
        return Status::failure(QStringLiteral("taken back")); // never kept
    });
    return tried ? refused : probe; // a probe that could not start says why
}

Status recordFiled(const Database& db, const FilingPlan& plan, const PortalAnswer& answer,
    const QString& actor, PortalSubmission& row, FilingResult& result)
{
    row.state = SubmissionState::Filed;
    row.reference = answer.reference;
    row.error = answer.error; // a confirmation not kept as PDF says so
    row.sent = true;
    result.outcome = answer.end == PortalAnswer::End::Found
        ? FilingResult::Outcome::AlreadySubmitted
        : FilingResult::Outcome::Submitted;
    result.reference = row.reference;
    result.evidenceDocumentId = row.evidenceDocumentId;
    result.error = answer.error;
    const QString outcome = (answer.end == PortalAnswer::End::Found ? QStringLiteral("found filed ")
                                                                    : QStringLiteral("filed "))
        + answer.reference;
    return audit(db, plan.claimId, AuditAction::PortalFiling, plan.portal.name, outcome, actor);
}

// After the filing is committed: the confirmation on the claim and the claim's
// status moved. Either may be refused (a team book's guard, a conflict): the
// filing stays recorded, and the result says what did not follow.
void followFiling(const Database& db, const FilingPlan& plan, const PortalAnswer& answer,
    const QString& actor, FilingResult& result)
{
    QStringList problems;
    if (!result.error.isEmpty())
        problems << result.error;
    const Status kept = db.writeTransaction([&]() -> Status {
        auto evidence = keepEvidence(db, plan, answer, actor);
        if (!evidence || *evidence == 0)
            return Status::from(evidence);
        PortalRepository portals(db);
        auto row = portals.submission(plan.claimId, plan.portal.name);
        if (!row || !*row)
            return Status::from(row);
        PortalSubmission filed = **row;
        filed.evidenceDocumentId = *evidence;
        result.evidenceDocumentId = *evidence;
        return portals.saveSubmission(filed);
    });
    if (!kept)
        problems
            << FilingTr::tr("the confirmation was not kept on the claim: %1").arg(kept.error());
    const Status moved = db.writeTransaction(
        [&] { return moveClaim(db, plan.claimId, plan.portal.statusAfter, actor); });
    if (!moved)
        problems << FilingTr::tr("the claim's status was not moved: %1").arg(moved.error());
    result.error = problems.join(QStringLiteral("; "));
}

Status recordStopped(const Database& db, const FilingPlan& plan, const PortalAnswer& answer,
    const QString& actor, PortalSubmission& row, FilingResult& result)
{
    const bool attention = answer.end == PortalAnswer::End::NeedsAttention;
    row.state = attention ? SubmissionState::NeedsAttention : SubmissionState::Failed;
    row.step = answer.stepKey.isEmpty() ? QString()
                                        : answer.stepKey + QStringLiteral(": ") + answer.step;
    row.error = answer.error;
    // Looked up first (a run may have filed it) and still not known: the next
    // run looks it up again.
    row.sent = row.sent || plan.lookFirst || answer.passedSubmitPoint;
    if (!answer.screenshot.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        answer.screenshot.save(&buffer, "PNG");
        auto sha = PortalRepository(db).keepBlob(png);
        if (!sha)
            return Status::from(sha);
        row.screenshotSha256 = *sha;
    }
    result.outcome
        = attention ? FilingResult::Outcome::NeedsAttention : FilingResult::Outcome::Failed;
    result.step = row.step;
    result.error = row.error;
    return audit(db, plan.claimId, AuditAction::PortalFiling, plan.portal.name,
        submissionStateCode(row.state) + QStringLiteral(": ") + answer.error, actor);
}

} // namespace

QString FilingResult::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Submitted:
        return QStringLiteral("submitted");
    case Outcome::AlreadySubmitted:
        return QStringLiteral("already_submitted");
    case Outcome::NeedsAttention:
        return QStringLiteral("needs_attention");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

namespace PortalFilings {

Result<FilingPlan> plan(const Database& db, const QString& claimId, const QString& portalName,
    bool force, const QString& fileDir, const QString& actor)
{
    FilingPlan plan;
    plan.claimId = claimId;
    const Status s = db.writeTransaction([&]() -> Status {
        PortalRepository portals(db);
        auto portal = portals.portal(portalName);
        if (!portal)
            return Status::from(portal);
        plan.portal = *portal;
        auto recipe = PortalRecipe::parse(portal->recipeJson);
        if (!recipe)
            return Status::failure(
                FilingTr::tr("The recipe of %1 is refused: %2").arg(portalName, recipe.error()));
        auto claim = ClaimRepository(db).find(claimId);
        if (!claim)
            return Status::from(claim);
        auto before = portals.submission(claimId, portalName);
        if (!before)
            return Status::from(before);
        if (*before && (*before)->state == SubmissionState::Filed && !force) {
            plan.alreadyFiled = true;
            plan.submission = **before;
            return {};
        }
        if (const QString why = refusal(*claim, *before, force); !why.isEmpty())
            return Status::failure(Error::of(ErrorKind::Conflict, why));
        if (auto may = mayMove(db, claimId, portal->statusAfter, actor); !may)
            return may;
        auto files = writeFiles(db, claimId, recipe->uploadCategories(), fileDir);
        if (!files)
            return Status::from(files);
        plan.task = { PortalTask::Mode::File, *recipe, QUrl(portal->baseUrl),
            valuesOf(db, *claim, *portal), *files };
        PortalSubmission row = storedOrNew(*before, claimId, portalName);
        // A run cut short (Filing) or a click that may have filed it: look first.
        // Forcing files a claim filed before again; it does not skip that look.
        plan.lookFirst = *before && ((*before)->sent || (*before)->state == SubmissionState::Filing)
            && !(force && (*before)->state == SubmissionState::Filed);
        row.state = SubmissionState::Filing;
        row.step.clear();
        row.error.clear();
        row.attempts += 1;
        row.actor = actor;
        row.startedAt = QDateTime::currentDateTimeUtc();
        row.endedAt = {};
        plan.submission = row;
        // Taken only if no other run holds it (another desk, the command line):
        // a row Filing since less than a lease ago is that run's.
        auto taken = portals.takeSubmission(row, row.startedAt.addMSecs(-FilingLeaseMs));
        if (!taken)
            return Status::from(taken);
        if (!*taken)
            return Status::failure(Error::of(ErrorKind::Conflict,
                FilingTr::tr("%1 is being filed on %2 by another run; try again later")
                    .arg(claimId, portalName)));
        return {};
    });
    if (!s)
        return Result<FilingPlan>::failure(s.errorDetail());
    return plan;
}

Result<FilingResult> record(
    const Database& db, const FilingPlan& plan, const PortalAnswer& answer, const QString& actor)
{
    FilingResult result;
    result.claimId = plan.claimId;
    result.portal = plan.portal.name;
    PortalSubmission row = plan.submission;
    const Status s = db.writeTransaction([&]() -> Status {
        for (const PortalStepDone& step : answer.steps) {
            if (auto a = audit(db, plan.claimId, AuditAction::PortalStep, plan.portal.name,
                    step.what, actor, step.at);
                !a)
                return a;
        }
        const bool filed
            = answer.end == PortalAnswer::End::Filed || answer.end == PortalAnswer::End::Found;
        const Status recorded = filed ? recordFiled(db, plan, answer, actor, row, result)
                                      : recordStopped(db, plan, answer, actor, row, result);
        if (!recorded)
            return recorded;
        row.endedAt = QDateTime::currentDateTimeUtc();
        return PortalRepository(db).saveSubmission(row);
    });
    if (!s)
        return Result<FilingResult>::failure(s.errorDetail());
    if (row.state == SubmissionState::Filed)
        followFiling(db, plan, answer, actor, result);
    return result;
}

Result<FilingResult> recordByHand(const Database& db, const QString& claimId,
    const QString& portalName, const QString& reference, const QString& actor)
{
    if (reference.trimmed().isEmpty())
        return Result<FilingResult>::failure(Error::invalid(
            FilingTr::tr("The portal's reference is needed to record a claim filed by hand"),
            QStringLiteral("reference")));
    FilingPlan plan;
    plan.claimId = claimId;
    const Status s = db.writeTransaction([&]() -> Status {
        PortalRepository portals(db);
        auto portal = portals.portal(portalName);
        if (!portal)
            return Status::from(portal);
        plan.portal = *portal;
        auto before = portals.submission(claimId, portalName);
        if (!before)
            return Status::from(before);
        plan.submission = storedOrNew(*before, claimId, portalName);
        plan.submission.startedAt = plan.submission.startedAt.isValid()
            ? plan.submission.startedAt
            : QDateTime::currentDateTimeUtc();
        return {};
    });
    if (!s)
        return Result<FilingResult>::failure(s.errorDetail());
    PortalAnswer byHand;
    byHand.end = PortalAnswer::End::Filed;
    byHand.reference = reference.trimmed();
    byHand.steps << PortalStepDone { QStringLiteral("by hand"),
        QStringLiteral("filed by hand in the portal tab"), QDateTime::currentDateTimeUtc() };
    return record(db, plan, byHand, actor);
}

Result<QList<PortalSubmission>> toCheck(
    const Database& db, const QString& portalName, const QString& claimId)
{
    PortalRepository portals(db);
    if (auto portal = portals.portal(portalName); !portal)
        return failed<QList<PortalSubmission>>(portal.errorDetail());
    return portals.filed(portalName, claimId);
}

Result<StatusRead> recordStatus(const Database& db, const InsurerPortal& portal,
    const QString& claimId, const PortalAnswer& answer, const QString& actor)
{
    StatusRead read;
    read.claimId = claimId;
    if (answer.end != PortalAnswer::End::Found && answer.end != PortalAnswer::End::NotFound) {
        read.error = answer.error;
        return read;
    }
    read.found = answer.end == PortalAnswer::End::Found;
    read.portalStatus = answer.portalStatus;
    const Status s = db.writeTransaction([&]() -> Status {
        PortalRepository portals(db);
        auto row = portals.submission(claimId, portal.name);
        if (!row)
            return Status::from(row);
        if (!*row)
            return Status::failure(Error::of(ErrorKind::NotFound,
                FilingTr::tr("%1 was not filed on %2").arg(claimId, portal.name)));
        PortalSubmission submission = **row;
        read.changed = submission.portalStatus != read.portalStatus;
        if (read.changed) {
            if (auto a = audit(db, claimId, AuditAction::PortalStatus, submission.portalStatus,
                    read.portalStatus, actor);
                !a)
                return a;
        }
        submission.portalStatus = read.portalStatus;
        submission.checkedAt = QDateTime::currentDateTimeUtc();
        if (auto saved = portals.saveSubmission(submission); !saved)
            return saved;
        auto recipe = PortalRecipe::parse(portal.recipeJson);
        if (!recipe || !recipe->status.map.contains(read.portalStatus))
            return {};
        read.claimStatus = recipe->status.map.value(read.portalStatus);
        return moveClaim(db, claimId, *read.claimStatus, actor);
    });
    if (!s)
        return Result<StatusRead>::failure(s.errorDetail());
    return read;
}

} // namespace PortalFilings

} // namespace ClaimDesk
