#include "TestSupport.h"
#include "ocr/DocumentSource.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace ClaimDesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A PDF of the given objects (object 1 the catalogue), with a correct cross-reference table.
QByteArray pdfOf(const QList<QByteArray>& objects)
{
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// `pages` pages sharing one content stream of `words` words of text.
QByteArray textPdf(int words, int pages = 1)
{
    QByteArray content = "BT /F1 2 Tf 10 780 Td 2 TL ";
    QByteArray line;
    for (int i = 0; i < words; ++i) {
        line += (line.isEmpty() ? "" : " ") + QByteArray("w") + QByteArray::number(i);
        if ((i + 1) % 20 == 0 || i + 1 == words) {
            content += "(" + line + ") ' ";
            line.clear();
        }
    }
    content += "ET";
    QList<QByteArray> objects = { "<< /Type /Catalog /Pages 2 0 R >>", {},
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "\nendstream" };
    QByteArray kids;
    for (int p = 0; p < pages; ++p) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << "
                   "/F1 3 0 R >> >> /Contents 4 0 R >>";
        kids += QByteArray::number(objects.size()) + " 0 R ";
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>";
    return pdfOf(objects);
}

QByteArray pngChunk(const QByteArray& type, const QByteArray& data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian(quint32(data.size()), chunk.data());
    quint32 crc = 0xFFFFFFFF; // PNG's CRC-32 over the chunk's type and data
    const QByteArray covered = type + data;
    for (const char byte : covered) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    QByteArray crcBytes(4, '\0');
    qToBigEndian(crc ^ 0xFFFFFFFF, crcBytes.data());
    return chunk + covered + crcBytes;
}

// A PNG of a few bytes that claims width x height pixels.
QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", {})
        + pngChunk("IEND", {});
}

} // namespace

// Outside input that is endless, huge or built to loop: each ends in a clear
// refusal naming its limit, in bounded time, through the real claimdesk-cli
// where the command line is where it enters.
class TestHostileInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_db;

    Test::CliRun cli(const QStringList& args, const QByteArray& input = {})
    {
        return Test::runCli(m_home, QStringList { u"--db"_s, m_db } + args, input);
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_home.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }
    // The one JSON line `extract` printed for one file.
    QJsonObject extracted(const Test::CliRun& run)
    {
        return QJsonDocument::fromJson(run.out.trimmed()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_home.filePath(u"hostile.sqlite"_s);
        const auto init = cli({ u"init"_s });
        QVERIFY2(init.code == 0, init.err.constData());
    }

    void endlessInputIsRefusedAtItsLimit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("extract") << QStringList { u"extract"_s, u"/dev/zero"_s }
                                 << u"larger than the limit of 64 MiB"_s;
        QTest::newRow("decide") << QStringList { u"decide"_s, u"--input"_s, u"/dev/zero"_s }
                                << u"line 1 is longer than the limit of 1 MiB"_s;
        QTest::newRow("rules check") << QStringList { u"rules"_s, u"check"_s, u"/dev/zero"_s }
                                     << u"larger than the limit of 1 MiB"_s;
        QTest::newRow("policy holders") << QStringList { u"policy"_s, u"holders"_s, u"/dev/zero"_s,
            u"--type"_s, u"H"_s } << u"larger than the limit of 64 MiB"_s;
        QTest::newRow("policy import") << QStringList { u"policy"_s, u"import"_s, u"/dev/zero"_s }
                                       << u"larger than the limit of 64 MiB"_s;
        QTest::newRow("chat") << QStringList { u"chat"_s, u"--script"_s, u"/dev/zero"_s }
                              << u"line 1 is longer than the limit of 64 KiB"_s;
    }
    void endlessInputIsRefusedAtItsLimit()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto run = cli(args);
        QCOMPARE(run.code, 1);
        QVERIFY2(QString::fromUtf8(run.out + run.err).contains(message), run.err.constData());
    }

    void anEndlessChatScriptOnStandardInputEnds()
    {
        QByteArray script;
        const QByteArray turn = R"({"say": "hello"})"
                                "\n";
        for (qint64 i = 0; i <= InputLimits::ChatScriptLines; ++i)
            script += turn;
        const auto run = cli({ u"chat"_s, u"--script"_s, u"-"_s }, script);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("longer than the limit of 10000 lines"), run.err.constData());
    }

    void absurdRangesAndCountsAreRefused()
    {
        auto run = cli({ u"stats"_s, u"--from"_s, u"1000-01-01"_s, u"--json"_s });
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("limit of 3700 days"), run.err.constData());
        run = cli({ u"init"_s, u"--claims"_s, u"99999999999"_s });
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("5000000"), run.err.constData());
    }

    void aPdfWhosePageTreeContainsItselfIsRefusedInTime()
    {
        const QString loop = write(u"loop.pdf"_s,
            pdfOf({ "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>" }));
        QElapsedTimer t;
        t.start();
        const auto run = cli({ u"extract"_s, loop });
        QCOMPARE(run.code, 1);
        QVERIFY2(extracted(run).value(u"error").toString().contains(u"does not end"),
            run.out.constData());
        QVERIFY(t.elapsed() < 30'000);
        // an import stores it, says it could not be read, and fails
        const auto import = cli({ u"import"_s, u"--new-claim"_s, u"H"_s, loop });
        QCOMPARE(import.code, 1);
        QVERIFY2(import.err.contains("could not be read"), import.err.constData());
    }

    void aHugePageBoxIsReadAtALowerResolution()
    {
        DocumentSource source;
        const QByteArray pdf = pdfOf(
            { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>" });
        QVERIFY(source.open(pdf, u"huge.pdf"_s).ok());
        const auto page = source.page(0);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        const qint64 pixels = qint64(page->image.width()) * page->image.height();
        QVERIFY(pixels > 0);
        QVERIFY2(pixels <= InputLimits::ReadPdfPagePixels, qPrintable(QString::number(pixels)));
        QVERIFY(page->dpi < DocumentSource::PdfDpi);
    }

    void anImageTooLargeIsRefusedFromItsHeader()
    {
        DocumentSource source;
        const Status opened = source.open(pngClaiming(30000, 30000), u"big.png"_s);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"30000 x 30000 pixels"), qPrintable(opened.error()));
    }

    void aLongDocumentSaysWhatWasNotRead()
    {
        const QString pdf = write(u"long.pdf"_s, textPdf(40, 150));
        const auto run = cli({ u"extract"_s, pdf });
        QCOMPARE(run.code, 0);
        const QJsonObject o = extracted(run);
        QCOMPARE(o.value(u"pages").toInt(), InputLimits::DocumentPages);
        QVERIFY2(o.value(u"notices").toArray().first().toString().contains(u"first 100 of 150"),
            run.out.constData());
    }

    void aDenseTextLayerIsReadInBoundedTime()
    {
        // one selection per word made this quadratic: 4,000 words took 45 s
        DocumentSource source;
        QVERIFY(
            source.open(textPdf(InputLimits::TextLayerWordsPerPage + 500), u"dense.pdf"_s).ok());
        QElapsedTimer t;
        t.start();
        const auto page = source.page(0);
        QVERIFY(page.ok());
        QVERIFY(page->textLayer);
        QCOMPARE(page->textLayer->words.size(), InputLimits::TextLayerWordsPerPage);
        QVERIFY2(page->notice.contains(u"only the first 5000 words"), qPrintable(page->notice));
        QVERIFY2(t.elapsed() < 20'000, qPrintable(QString::number(t.elapsed())));
        // words keep their order and stay on the page
        const OcrWord& last = page->textLayer->words.last();
        QCOMPARE(last.text, u"w4999"_s);
        QVERIFY(QRect(QPoint(0, 0), page->textLayer->size).contains(last.box.center()));
    }

    void aFullDeviceIsAFailureNotASuccess()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(u"/dev/full"_s);
        p.start(QStringLiteral(CLAIMDESK_CLI_PATH), { u"--db"_s, m_db, u"rules"_s, u"show"_s });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("cannot write to standard output"), err.constData());
    }

    void aDamagedBookIsRefusedAndCanBeRecovered()
    {
        const QString path = m_home.filePath(u"damaged.sqlite"_s);
        const auto init = Test::runCli(
            m_home, { u"--db"_s, path, u"init"_s, u"--claims"_s, u"3000"_s, u"--seed"_s, u"7"_s });
        QVERIFY2(init.code == 0, init.err.constData());
        {
            // 64 KiB of noise in the middle of the file, as a bad disk or a crash leaves
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(f.size() / 2));
            QByteArray noise(64 * 1024, '\0');
            quint32 x = 12345;
            for (char& c : noise)
                c = char((x = x * 1103515245u + 12345u) >> 24);
            f.write(noise);
        }
        const QByteArray before = fileHash(path);
        for (const QStringList& command : { QStringList { u"claims"_s, u"list"_s, u"--json"_s },
                 QStringList { u"export"_s, u"csv"_s }, QStringList { u"stats"_s, u"--json"_s },
                 QStringList { u"claims"_s, u"new"_s, u"--type"_s, u"H"_s } }) {
            const auto run = Test::runCli(m_home, QStringList { u"--db"_s, path } + command);
            QVERIFY2(run.code != 0, qPrintable(command.join(u' ')));
            QVERIFY2(run.err.contains("is damaged") && run.err.contains("db recover"),
                run.err.constData());
        }
        QCOMPARE(fileHash(path), before); // nothing more was written into it

        const auto check = Test::runCli(m_home, { u"--db"_s, path, u"db"_s, u"check"_s });
        QCOMPARE(check.code, 1);
        const QString saved = m_home.filePath(u"saved.sqlite"_s);
        const auto recover
            = Test::runCli(m_home, { u"--db"_s, path, u"db"_s, u"recover"_s, u"--out"_s, saved });
        QVERIFY2(recover.code == 0, recover.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(recover.out).object();
        const qint64 claims = report.value(u"saved").toObject().value(u"claims").toInteger();
        // 64 KiB is sixteen pages of a 3,000-claim book: more than half of it is
        // saved (more is lost when the noise hits a page that indexes others)
        QVERIFY2(claims > 1500 && claims <= 3000, recover.out.constData());
        QVERIFY(report.value(u"saved").toObject().value(u"decisions").toInteger() >= claims - 100);
        // the claim counters came along: a new claim does not take an old claim's number
        const auto filed = Test::runCli(
            m_home, { u"--db"_s, saved, u"claims"_s, u"new"_s, u"--type"_s, u"CD"_s });
        QVERIFY2(filed.code == 0, filed.err.constData());
        const auto list = Test::runCli(m_home,
            { u"--db"_s, saved, u"claims"_s, u"list"_s, u"--limit"_s, u"5"_s, u"--json"_s });
        QVERIFY2(list.code == 0, list.err.constData());
        QCOMPARE(Test::runCli(m_home, { u"--db"_s, saved, u"db"_s, u"check"_s }).code, 0);
        // never over an existing file
        QCOMPARE(Test::runCli(m_home, { u"--db"_s, path, u"db"_s, u"recover"_s, u"--out"_s, saved })
                     .code,
            1);
    }

    void boundedReadTellsTheLimitFromTheEnd()
    {
        QBuffer exact;
        exact.setData(QByteArray(1024, 'x'));
        exact.open(QIODevice::ReadOnly);
        QCOMPARE(BoundedRead::all(exact, 1024, u"x"_s)->size(), 1024);
        QBuffer over;
        over.setData(QByteArray(1025, 'x'));
        over.open(QIODevice::ReadOnly);
        QVERIFY(!BoundedRead::all(over, 1024, u"x"_s).ok());

        QBuffer lines;
        lines.setData("ok\r\n" + QByteArray(10, 'y') + "\n" + QByteArray(11, 'z') + "\n");
        lines.open(QIODevice::ReadOnly);
        BoundedLineReader reader(lines, 10, u"lines"_s);
        QCOMPARE(reader.next()->value(), QByteArray("ok"));
        QCOMPARE(reader.next()->value(), QByteArray(10, 'y'));
        const auto tooLong = reader.next();
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.error().contains(u"line 3"), qPrintable(tooLong.error()));
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
