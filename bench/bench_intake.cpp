// The chat intake without OCR: (1) reading a customer's message (claim type
// scoring and the intents, Thai and English), per message; (2) whole text
// replies of the engine on a SQLite book with the demo policies, each stored
// with its messages and state as in the app, per reply.
#include "claims/ClaimBook.h"
#include "demo/DemoData.h"
#include "intake/IntakeEngine.h"
#include "intake/IntakeKeywords.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace ClaimDesk;

namespace {

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("claimdesk.*=false"));
    QTextStream out(stdout);
    const int rounds = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 20000;

    const QStringList messages = { QStringLiteral("my car crashed into a wall this morning"),
        QStringLiteral("รถผมถูกเฉี่ยวที่ลานจอดรถ"), QStringLiteral("ผมป่วยต้องนอนโรงพยาบาลสามวัน"),
        QStringLiteral("Is Panadol covered by my policy?"), QStringLiteral("where is my claim"),
        QStringLiteral("I want to talk to a real person"), QStringLiteral("ของคู่กรณีครับ"),
        QStringLiteral("my ID is 3-1007-01443-81-6") };
    QElapsedTimer t;
    t.start();
    int hits = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const QString& m : messages) {
            hits += IntakeKeywords::detectClaimType(m).type ? 1 : 0;
            hits += IntakeKeywords::isCancel(m) + IntakeKeywords::asksForPerson(m)
                + IntakeKeywords::asksForStatus(m) + IntakeKeywords::asksForAppointment(m)
                + IntakeKeywords::asksAboutCoverage(m) + IntakeKeywords::asksToSubmit(m);
            hits += IntakeKeywords::licenceOwner(m).size() + IntakeKeywords::nationalIdIn(m).size();
        }
    }
    const double perMessageUs = t.nsecsElapsed() / 1000.0 / (double(rounds) * messages.size());
    out << QStringLiteral(
        "reading a message (type + every intent): %1 us per message (%2 messages, "
        "checksum %3)\n")
               .arg(perMessageUs, 0, 'f', 2)
               .arg(rounds * messages.size())
               .arg(hits);

    QTemporaryDir dir;
    auto db = Database::open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("intake.db"))));
    if (!db || !DemoData::importPolicies(*db) || !DemoData::importFormulary(*db)) {
        out << "cannot prepare the database\n";
        return 1;
    }
    const Clock clock = fixedClock(QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC));
    ClaimBook book(*db, DecisionEngine(), clock);
    IntakeEngine engine(book, IntakeEngine::importingStore(book, ReadOptions {}), clock);
    engine.setRecordResponseTimes(false);
    const QList<IntakeInput> steps = { IntakeInput::say(QStringLiteral("my car crashed")),
        IntakeInput::idNumber(QStringLiteral("3100701443816")),
        IntakeInput::say(QStringLiteral("is panadol covered?")),
        IntakeInput::say(QStringLiteral("where is my claim")),
        IntakeInput::say(QStringLiteral("restart")) };
    QList<double> ms;
    for (int r = 0; r < 200; ++r) {
        for (const IntakeInput& step : steps) {
            t.restart();
            const IntakeReply reply = engine.handle(step);
            ms << t.nsecsElapsed() / 1e6;
            if (reply.error == IntakeError::Storage) {
                out << "storage error: " << reply.text.en << '\n';
                return 1;
            }
        }
    }
    out << QStringLiteral(
        "engine text replies, stored: %1 replies, median %2 ms, p95 %3 ms, max %4 ms\n")
               .arg(ms.size())
               .arg(percentile(ms, 0.5), 0, 'f', 3)
               .arg(percentile(ms, 0.95), 0, 'f', 3)
               .arg(percentile(ms, 1.0), 0, 'f', 3);
    return 0;
}
