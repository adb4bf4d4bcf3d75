#include "SyntheticClaimGenerator.h"

#include "decision/ClaimRecord.h"
#include "storage/BulkLoad.h"
#include "storage/ClaimRepository.h"
#include "storage/SqlHelpers.h"
#include "util/NationalId.h"

#include <QtConcurrent>
#include <algorithm>
#include <random>

namespace ClaimDesk {

namespace {

constexpr int BatchSize = 25000;
// From this many claims into an empty book, indexes are made after the rows (BulkLoad).
constexpr qint64 BulkLoadFrom = 50000;

const char* const FirstNames[] = { "Somchai", "Somying", "Wichai", "Mana", "Malee", "Anan", "Kanya",
    "Prasert", "Siriporn", "Thanawat", "Nattaya", "Chaiwat", "Pimchanok", "Kittisak", "Ratana" };
const char* const LastNames[] = { "Jaidee", "Rakdee", "Suksan", "Phayayam", "Srisuk", "Wongsa",
    "Thongdee", "Chaiyaporn", "Boonmee", "Saelim", "Kaewkla", "Rattanakorn" };
const char* const Hospitals[] = { "Bangkok Hospital", "Samitivej Sukhumvit",
    "Bumrungrad International", "Chiang Mai Ram Hospital", "Phyathai 2", "Vejthani Hospital",
    "Siriraj Piyamaharajkarun" };
const char* const Garages[] = { "Toyota Service Rama 9", "Honda Chiang Mai", "Isuzu Khon Kaen",
    "Mazda Bangna", "Central Auto Body", "Thonburi Car Care" };
const char* const HealthDiagnoses[]
    = { "J06.9", "A09", "K35.8", "S52.5", "I10", "E11.9", "J18.9", "M54.5" };
const char* const CarDiagnoses[]
    = { "collision-front", "collision-rear", "side-swipe", "flood", "theft-parts", "glass" };

} // namespace

SyntheticClaimGenerator::SyntheticClaimGenerator(Options options)
    : m_options(std::move(options))
{ }

Result<qint64> SyntheticClaimGenerator::generate(const Database& db, const DecisionEngine& engine,
    const std::function<void(qint64, qint64)>& progress, const std::atomic_bool* cancel)
{
    const QDateTime end
        = m_options.end.isValid() ? m_options.end.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 spanMs = qint64(m_options.days) * 24 * 3600 * 1000;
    const qint64 total = m_options.count;
    std::mt19937_64 rng(m_options.seed);
    auto uniform
        = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
    auto chance = [&](double p) { return uniform(0, 1) < p; };
    auto pick = [&](const auto& array) {
        return QLatin1String(
            array[std::uniform_int_distribution<std::size_t>(0, std::size(array) - 1)(rng)]);
    };

    // Claims are drawn in time order so the sequence numbers in the IDs follow the
    // dates. The next batch is drawn and decided on another core while the current
    // one is written: the two halves of the work overlap.
    const qint64 startMs = end.toMSecsSinceEpoch() - spanMs;
    auto makeBatch = [&](qint64 first, qint64 n) {
        QList<DecidedClaim> batch;
        batch.reserve(n);
        for (qint64 i = 0; i < n; ++i) {
            const qint64 atMs = startMs + (spanMs * (first + i)) / std::max<qint64>(total, 1)
                + static_cast<qint64>(uniform(0, double(spanMs) / std::max<qint64>(total, 1)));
            const QDateTime createdAt = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
            const double ageDays = double(end.toMSecsSinceEpoch() - atMs) / 86400000.0;

            NewClaim c;
            c.type = chance(0.6) ? ClaimType::Health : ClaimType::CarDamage;
            const bool health = c.type == ClaimType::Health;
            // Log-uniform amounts: many small bills, a long tail of large ones.
            const double units = health ? std::exp(uniform(std::log(200.0), std::log(120000.0)))
                                        : std::exp(uniform(std::log(1500.0), std::log(400000.0)));
            qint64 cents
                = static_cast<qint64>(units) * 100 + (chance(0.5) ? 0 : qint64(uniform(0, 99)));
            if (chance(0.06)) // round figures happen, and the rules notice them
                cents = std::array<qint64, 4> { 100000, 200000, 500000, 1000000 }[rng() % 4];
            c.amount = chance(0.005) ? std::optional<Money>()
                                     : std::optional<Money>(Money::fromCents(cents));

            QString digits = QString::number(1 + rng() % 8)
                + QString::number(rng() % 100000000000ULL).rightJustified(11, u'0');
            c.claimantNationalId = digits + QString::number(NationalId::checkDigit(digits));
            c.claimantName = pick(FirstNames) + u' ' + pick(LastNames);
            c.providerName
                = chance(0.9) ? QString(health ? pick(Hospitals) : pick(Garages)) : QString();
            c.diagnosisCode = chance(0.97)
                ? QString(health ? pick(HealthDiagnoses) : pick(CarDiagnoses))
                : QString();
            c.treatmentNotes
                = chance(0.5) ? QStringLiteral("Reported by phone; documents attached") : QString();
            if (chance(0.96))
                c.serviceDate = createdAt.date().addDays(-static_cast<qint64>(uniform(0, 14)));
            c.inNetwork = chance(0.85);
            c.emergency = chance(health ? 0.12 : 0.05);
            if (c.amount && chance(0.25)) {
                const Money first = Money::fromCents(cents * 6 / 10);
                c.lineItems = { { QStringLiteral("Service"), first },
                    { QStringLiteral("Parts and supplies"), Money::fromCents(cents) - first } };
            }
            // Older claims are further along.
            const double r = uniform(0, 1);
            if (ageDays < 7)
                c.status = r < 0.6 ? ClaimStatus::Submitted
                    : r < 0.9      ? ClaimStatus::UnderReview
                                   : ClaimStatus::Pending;
            else if (ageDays < 30)
                c.status = r < 0.15 ? ClaimStatus::Submitted
                    : r < 0.45      ? ClaimStatus::UnderReview
                    : r < 0.6       ? ClaimStatus::Pending
                    : r < 0.8       ? ClaimStatus::Approved
                    : r < 0.9       ? ClaimStatus::Rejected
                                    : ClaimStatus::Paid;
            else
                c.status = r < 0.03 ? ClaimStatus::Submitted
                    : r < 0.1       ? ClaimStatus::UnderReview
                    : r < 0.15      ? ClaimStatus::Pending
                    : r < 0.3       ? ClaimStatus::Approved
                    : r < 0.42      ? ClaimStatus::Rejected
                                    : ClaimStatus::Paid;
            c.assignee = chance(0.7) ? QStringLiteral("adjuster%1").arg(1 + rng() % 12) : QString();

            Claim asStored;
            static_cast<NewClaim&>(asStored) = c;
            asStored.id = QStringLiteral("pending"); // the real ID is given at insert
            const DecisionResult decision
                = engine.decide(ClaimRecord::fromClaim(asStored), createdAt.date());
            DecidedClaim decided { std::move(c), createdAt, decision };
            batch.append(std::move(decided));
        }
        return batch;
    };

    ClaimRepository repo(db);
    qint64 done = 0;
    QFuture<QList<DecidedClaim>> next;
    if (total > 0)
        next = QtConcurrent::run(makeBatch, qint64(0), std::min<qint64>(BatchSize, total));
    const auto writeAll = [&]() -> Status {
        while (done < total && !(cancel && cancel->load())) {
            const QList<DecidedClaim> batch = next.result();
            const qint64 following = done + batch.size();
            if (following < total)
                next = QtConcurrent::run(
                    makeBatch, following, std::min<qint64>(BatchSize, total - following));
            if (auto s = repo.createMany(batch, engine.rules().version); !s)
                return s;
            done = following;
            if (progress)
                progress(done, total);
        }
        return {};
    };
    // A large book written into an empty one has its indexes made once, after.
    const auto existing = repo.countAll();
    const bool bulk = existing && *existing == 0 && total >= BulkLoadFrom;
    const Status written = bulk ? BulkLoad::withIndexesAfter(db,
                               { QStringLiteral("claims"), QStringLiteral("decisions") }, writeAll)
                                : writeAll();
    next.waitForFinished();
    if (!written)
        return Result<qint64>::failure(written.errorDetail());
    QSqlQuery q = db.query();
    for (const QString& statement : db.dialect().analyze())
        q.exec(statement); // planner statistics; a failure only costs speed
    return done;
}

} // namespace ClaimDesk
