// Per-category accuracy of the document pipeline on synthetic Thai documents
// (tests/SyntheticDocuments: ID cards, driving licences, vehicle registrations,
// medical certificates, hospital receipts, itemized bills with known fields),
// clean and then spoiled (rotation, blur, noise, a phone photo's perspective).
//
//   bench_synthetic [--per-category 10] [--seed 2026] [--layouts both] [--lang auto] [--misses]
//                   [--save DIR]
//
// --layouts development|held-back|both: the layouts and fonts the extractor is
// developed on, the ones held back from it (SyntheticDocuments' LayoutSet), or
// each in turn. Print the misses of the development layouts only: looking at the
// held-back ones' misses makes them development layouts.
// --save writes every page read to DIR/<set>/<category>-<n>.png, to look at a miss.
#include "SyntheticEvaluation.h"
#include "extract/DocumentReader.h"
#include "ocr/TesseractEngine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

using namespace ClaimDesk;
using namespace ClaimDesk::Test;

int main(int argc, char** argv)
{
    TesseractEngine::limitOpenMpThreads(argv);
    QGuiApplication app(argc, argv); // fonts for drawing the documents
    QCommandLineParser parser;
    const QCommandLineOption perCategory(QStringLiteral("per-category"),
        QStringLiteral("Documents per category and set."), QStringLiteral("N"),
        QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
        QStringLiteral("S"), QStringLiteral("2026"));
    const QCommandLineOption misses(QStringLiteral("misses"), QStringLiteral("List every miss."));
    const QCommandLineOption save(QStringLiteral("save"),
        QStringLiteral("Write every page read to DIR."), QStringLiteral("DIR"));
    const QCommandLineOption layouts(QStringLiteral("layouts"),
        QStringLiteral("development, held-back or both."), QStringLiteral("SET"),
        QStringLiteral("both"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("OCR languages, or auto (each page as its script asks)."),
        QStringLiteral("LANGS"), QStringLiteral("auto"));
    parser.addOptions({ perCategory, seed, layouts, lang, misses, save });
    parser.process(app);
    const QString saveTo = parser.value(save);
    if (!saveTo.isEmpty())
        QDir().mkpath(saveTo);
    QTextStream out(stdout);
    TesseractEngine engine(parser.value(lang));
    if (Status s = engine.init(); !s) {
        out << s.error() << Qt::endl;
        return 1;
    }
    const DocumentReader reader;
    const int n = parser.value(perCategory).toInt();
    struct Set
    {
        const char* name;
        double degrees, blur;
        int noise;
        double perspective;
    };
    const Set sets[] = { { "clean", 0, 0, 0, 0 },
        { "scanned (±3°, blur ≤1.5 px, noise ±20)", 3, 1.5, 20, 0 },
        { "photographed (±3°, blur ≤1.5 px, noise ±20, perspective ≤4%)", 3, 1.5, 20, 0.04 } };
    QList<LayoutSet> layoutSets;
    const QString wanted = parser.value(layouts);
    if (wanted != QLatin1String("held-back"))
        layoutSets << LayoutSet::Development;
    if (wanted != QLatin1String("development"))
        layoutSets << LayoutSet::HeldBack;
    for (const LayoutSet layoutSet : layoutSets) {
        const bool heldBack = layoutSet == LayoutSet::HeldBack;
        out << "### " << (heldBack ? "held-back layouts" : "development layouts") << Qt::endl;
        for (const Set& set : sets) {
            SyntheticDocuments generator(parser.value(seed).toUInt(), layoutSet);
            QString setDir;
            if (!saveTo.isEmpty()) {
                setDir = QDir(saveTo).filePath(QString::fromUtf8(set.name).section(u' ', 0, 0)
                    + (heldBack ? QStringLiteral("-held-back") : QString()));
                QDir().mkpath(setDir);
            }
            QElapsedTimer t;
            t.start();
            const auto scores = evaluateSynthetic(generator, reader, engine, n, set.degrees,
                set.blur, set.noise, set.perspective, setDir);
            out << "== " << set.name << ", " << n << " per category, "
                << QString::number(double(t.elapsed()) / (n * 6), 'f', 0) << " ms per document"
                << Qt::endl
                << describeScores(scores) << Qt::endl;
            if (parser.isSet(misses) && !heldBack) {
                for (const CategoryScore& s : scores) {
                    for (const QString& m : s.misses)
                        out << "  miss " << m << Qt::endl;
                }
            }
        }
    }
    return 0;
}
