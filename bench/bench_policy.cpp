// Line-item checks against a 10,000-clause policy library: import time, then the
// time of one check (normalise, spell-correct, BM25 search, decide), as the
// adjuster would run it. Target: at most 20 ms per query.
#include "demo/DemoData.h"
#include "policy/LineItemChecker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <random>

using namespace ClaimDesk;

namespace {

// Made-up drug and test names from syllables: a vocabulary no real list gives.
QString name(std::mt19937_64& rng)
{
    static const char* const Syllables[] = { "ra", "mo", "ti", "zen", "pro", "lax", "cor", "vi",
        "dal", "nex", "su", "fen", "ol", "ar", "mi", "tan", "cid", "bro", "quin", "del" };
    QString n;
    const int parts = 2 + static_cast<int>(rng() % 3);
    for (int i = 0; i < parts; ++i)
        n += QLatin1String(Syllables[rng() % std::size(Syllables)]);
    n[0] = n[0].toUpper();
    return n;
}

QByteArray syntheticPolicy(int clauses, std::mt19937_64& rng, QStringList& names)
{
    QString text = QStringLiteral("Synthetic Formulary\n\nRules\n");
    for (int i = 0; i < clauses; ++i) {
        const QString a = name(rng);
        const QString b = name(rng);
        names << a;
        switch (rng() % 5) {
        case 0:
            text += QStringLiteral("- Brand rule %1: Non-formulary brands are not covered.\n  "
                                   "Example: %2 → Not covered; %3 → Covered.\n")
                        .arg(i)
                        .arg(a, b);
            break;
        case 1:
            text += QStringLiteral("- Strength rule %1: Only approved strengths are covered.\n  "
                                   "Example (%2): Covered → %2 %3 mg; Not covered → %2 %4 mg.\n")
                        .arg(i)
                        .arg(a)
                        .arg(10 * (1 + rng() % 9))
                        .arg(100 + 10 * (rng() % 9));
            break;
        case 2:
            text += QStringLiteral(
                "- %1 courses: maximum prescription coverage is %2 days per episode.\n")
                        .arg(a)
                        .arg(3 + rng() % 20);
            break;
        case 3:
            text += QStringLiteral(
                "- %1 and %2 tests require prior approval except in emergency admissions.\n")
                        .arg(a, b);
            break;
        default:
            text += QStringLiteral(
                "- %1 treatments are excluded unless prescribed for %2 deficiency.\n")
                        .arg(a, b);
        }
    }
    return text.toUtf8();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int clauses = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    auto db
        = Database::open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("policy.sqlite"))));
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    QTextStream out(stdout);
    std::mt19937_64 rng(3);
    QStringList names;
    PolicyLibrary library(*db);
    QElapsedTimer timer;
    timer.start();
    auto synthetic = library.importText(
        QStringLiteral("synthetic"), syntheticPolicy(clauses - 13, rng, names));
    auto formulary = DemoData::importFormulary(*db);
    if (!synthetic || !formulary)
        qFatal("import failed");
    out << "library: " << *library.clauseCount() << " clauses, imported in " << timer.elapsed()
        << " ms\n";
    timer.restart();
    LineItemChecker checker(library);
    if (!checker.load())
        qFatal("load failed");
    out << "vocabulary loaded in " << timer.elapsed() << " ms\n";

    QStringList queries = { QStringLiteral("Panadoll 500mg"), QStringLiteral("brain MRI scan"),
        QStringLiteral("a 21-day antibiotic course") };
    for (int i = 0; i < 97; ++i) {
        QString n = names.at(static_cast<qsizetype>(rng() % names.size())).toLower();
        if (i % 3 == 0 && n.size() > 5)
            n.remove(static_cast<qsizetype>(rng() % n.size()), 1); // a misspelling
        queries << n + QStringLiteral(" %1 mg").arg(10 * (1 + rng() % 20));
    }
    QList<double> times;
    int excluded = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString& q : queries) {
            QElapsedTimer t;
            t.start();
            auto r
                = checker.check(q, ItemField::Pharmacy, { QStringLiteral("fever"), false, false });
            times << t.nsecsElapsed() / 1e6;
            excluded += r && !r->allowed ? 1 : 0;
        }
    }
    std::sort(times.begin(), times.end());
    double sum = 0;
    for (double t : times)
        sum += t;
    out << "checks: " << times.size() << ", mean " << QString::number(sum / times.size(), 'f', 2)
        << " ms, median " << QString::number(times.at(times.size() / 2), 'f', 2) << " ms, p95 "
        << QString::number(times.at(times.size() * 95 / 100), 'f', 2) << " ms, max "
        << QString::number(times.last(), 'f', 2) << " ms (" << excluded << " excluded)\n";
    for (const QString& q : queries.mid(0, 3)) {
        auto r = checker.check(q, ItemField::Pharmacy, { QStringLiteral("fever"), false, false });
        out << "  " << q << " -> " << r->decisionCode() << " ("
            << (r->clause ? r->clause->clauseId : QString()) << ")\n";
    }
    return 0;
}
