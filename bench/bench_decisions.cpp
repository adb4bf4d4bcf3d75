// Decisions per second per core, in memory: the engine alone on a pool of
// varied claim records (every layer and outcome represented).
#include "decision/DecisionEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <random>
#include <vector>

using namespace ClaimDesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 20'000'000;

    std::mt19937_64 rng(7);
    std::vector<ClaimRecord> pool(4096);
    for (ClaimRecord& r : pool) {
        r.hasClaimId = rng() % 100 != 0;
        r.hasClaimType = rng() % 50 != 0;
        r.amountState
            = rng() % 200 == 0 ? ClaimRecord::Amount::Absent : ClaimRecord::Amount::Number;
        r.amount = Money::fromCents(static_cast<qint64>(rng() % 8'000'000));
        r.serviceDateState
            = rng() % 40 == 0 ? ClaimRecord::Date::Invalid : ClaimRecord::Date::Valid;
        r.serviceDate = QDate(2026, 1, 1).addDays(static_cast<qint64>(rng() % 400));
        r.hasDiagnosisCode = rng() % 30 != 0;
        r.hasProviderName = rng() % 2;
        r.hasTreatmentNotes = rng() % 2;
        r.lineItemCount = static_cast<int>(rng() % 3);
        r.lineItemsTotal = r.amount;
        r.inNetwork = rng() % 5 != 0;
        r.emergency = rng() % 10 == 0;
    }
    const DecisionEngine engine;
    const QDate asOf(2026, 11, 21);
    QElapsedTimer timer;
    timer.start();
    qint64 checksum = 0;
    for (qint64 i = 0; i < total; ++i) {
        const DecisionResult r = engine.decide(pool[static_cast<std::size_t>(i) & 4095], asOf);
        checksum += r.reimbursement.cents() + r.ruleCount;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    QTextStream(stdout) << "decisions: " << total << " in " << QString::number(seconds, 'f', 3)
                        << " s = " << QString::number(total / seconds / 1e6, 'f', 2)
                        << " million/s on one core (checksum " << checksum << ")\n";
    return 0;
}
