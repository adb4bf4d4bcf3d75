#include "extract/ReceiptExtractor.h"

#include "extract/FieldParsers.h"
#include "extract/ReceiptAmounts.h"
#include "extract/ReceiptMerchant.h"
#include "extract/ReceiptRows.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace ClaimDesk {

namespace {

using RE = QRegularExpression;
using namespace ReceiptText; // pattern, has, Letters, DateLabel, field

// A date read at least this surely is not read again: its second readings
// outvoted right first readings more often than they repaired wrong ones.
constexpr double DateReadSurely = 0.8;

// Source text, not compiled: it is part of the billing-number pattern below.
constexpr const char* BillLabel = "(INVOICE|\\bINV\\b|RECEIPT|\\bBILL\\b|\\bDOC|DOCUMENT|TRANS|"
                                  "\\bSLIP\\b|\\bREF\\b|\\bCHECK\\b|"
                                  "\\bCHK\\b|\\bORDER\\b|เลขที่|ใบเสร็จ)";
// Something printed like a date that may not parse ("14/93/2018", "D2/O2/17").
const RE DateShape
    = pattern("\\b\\w{1,2}([/.-]\\w{1,3}[/.-]|\\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|"
              "OCT|NOV|DEC)[A-Z]*\\s+)\\w{2,4}\\b");
const RE OtherDate = pattern("(EXP|EXPIRY|VALID|BIRTH|DOB|หมดอายุ|เกิด)");

// The date with one digit of its year replaced by the digit OCR most often
// mistakes it for ("2078" for "2018"), if exactly one such year is at most thirty
// years before `latest`; an invalid date otherwise.
QDate pastYear(const QDate& date, const QDate& latest)
{
    static const QHash<QChar, QChar> lookalike { { u'7', u'1' }, { u'1', u'7' }, { u'0', u'8' },
        { u'8', u'0' }, { u'3', u'8' }, { u'6', u'5' }, { u'5', u'6' }, { u'9', u'0' },
        { u'2', u'7' } };
    const QString year = QString::number(date.year());
    QDate found;
    int candidates = 0;
    for (qsizetype i = 0; i < year.size(); ++i) {
        const auto it = lookalike.constFind(year[i]);
        if (it == lookalike.cend())
            continue;
        QString other = year;
        other[i] = *it;
        const QDate d(other.toInt(), date.month(), date.day());
        if (d.isValid() && d <= latest && d.year() >= latest.year() - 30) {
            found = d;
            ++candidates;
        }
    }
    return candidates == 1 ? found : QDate();
}

} // namespace

QList<ExtractedField> ReceiptExtractor::extract(
    const QList<OcrPage>& pages, const LineRereader* rereader, const QDate& today)
{
    QList<ExtractedField> fields;
    const ReceiptRows receipt(pages, rereader);
    if (receipt.isEmpty())
        return fields;
    const QList<LayoutRow>& rows = receipt.rows;
    const QList<const OcrPage*>& rowPage = receipt.pageOf;

    const ReceiptAmounts::Found amounts = ReceiptAmounts::find(receipt);
    if (amounts.total)
        fields.append(*amounts.total);

    // ---- date --------------------------------------------------------------
    {
        const QDate latest = (today.isValid() ? today : QDate::currentDate()).addYears(1);
        struct DatePick
        {
            double score = -1e9;
            ExtractedField field;
        };
        // The best date of one row, read once or twice.
        auto bestDateIn = [&](const LayoutRow& row, const OcrPage& page, int i) {
            std::optional<DatePick> pick;
            for (FieldParsers::DateMatch d : FieldParsers::findDates(row.text)) {
                double s = 0;
                if (d.date > latest) {
                    // a year in the future is a year misread: kept when exactly one
                    // OCR look-alike of one of its digits gives a year that can be
                    const QDate repaired = pastYear(d.date, latest);
                    if (!repaired.isValid())
                        continue;
                    d.date = repaired;
                    s -= 0.5;
                }
                if (d.date.year() < 1990)
                    continue;
                if (has(row.text.left(d.start), DateLabel))
                    s += 3;
                if (d.hasTime)
                    s += 1.5;
                if (has(row.text, OtherDate))
                    s -= 4;
                s -= 1.0 * double(i) / rows.size();
                if (!pick || s > pick->score) {
                    pick = DatePick { s,
                        field(QStringLiteral("date"), d.date.toString(Qt::ISODate),
                            row.text.mid(d.start, d.length),
                            row.confidenceOf(page, d.start, d.length), row, page, d.start,
                            d.length) };
                }
            }
            return pick;
        };
        QList<std::optional<DatePick>> perRow(rows.size());
        for (int i = 0; i < rows.size(); ++i)
            perRow[i] = bestDateIn(rows[i], *rowPage[i], i);
        if (receipt.rereader) {
            // Read again the three likeliest date rows (rows with a date,
            // labelled as a date, or printed like one where no date could be
            // parsed: a "0" read as "9" or "O"), but for a date read surely.
            QList<int> order;
            for (int i = 0; i < rows.size(); ++i) {
                if (perRow[i] || has(rows[i].text, DateLabel) || has(rows[i].text, DateShape))
                    order.append(i);
            }
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                const double sa = perRow[a] ? perRow[a]->score : 0;
                const double sb = perRow[b] ? perRow[b]->score : 0;
                return sa > sb;
            });
            for (int k = 0; k < std::min<qsizetype>(order.size(), 3); ++k) {
                const int i = order[k];
                if (perRow[i] && perRow[i]->field.confidence >= DateReadSurely)
                    continue;
                // Every reading of the row names a date; the date most readings
                // name wins, of equally many the one read with most confidence.
                QList<DatePick> readings;
                if (perRow[i])
                    readings.append(*perRow[i]);
                receipt.readAgainByAll(i, [&](const SecondReading& second) {
                    auto pick = bestDateIn(second.row, second.page, i);
                    const bool same
                        = perRow[i] && pick && pick->field.value == perRow[i]->field.value;
                    if (pick)
                        readings.append(std::move(*pick));
                    return !same;
                });
                const DatePick* chosen = nullptr;
                qsizetype chosenVotes = 0;
                for (const DatePick& r : std::as_const(readings)) {
                    const qsizetype votes = std::count_if(readings.begin(), readings.end(),
                        [&](const DatePick& o) { return o.field.value == r.field.value; });
                    if (!chosen || votes > chosenVotes
                        || (votes == chosenVotes
                            && r.field.confidence > chosen->field.confidence)) {
                        chosen = &r;
                        chosenVotes = votes;
                    }
                }
                if (chosen)
                    perRow[i] = *chosen;
            }
        }
        const DatePick* best = nullptr;
        for (const auto& pick : std::as_const(perRow)) {
            if (pick && (!best || pick->score > best->score))
                best = &*pick;
        }
        if (best)
            fields.append(best->field);
    }

    if (auto merchant = ReceiptMerchant::find(receipt))
        fields.append(*merchant);

    // ---- billing number ----------------------------------------------------
    {
        static const RE number(
            QStringLiteral("(?:%1)[^:#]{0,12}?(?:NO\\.?|NUMBER|#|:)\\s*[:#.]?\\s*"
                           "(?<number>[A-Z0-9][A-Z0-9\\-/]{2,})")
                .arg(QString::fromUtf8(BillLabel)),
            RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
        static const RE digit(QStringLiteral("\\d"));
        for (int i = 0; i < rows.size(); ++i) {
            const auto m = number.match(rows[i].text);
            const QString n = m.captured(u"number");
            if (!m.hasMatch() || !n.contains(digit))
                continue;
            const qsizetype start = m.capturedStart(u"number");
            fields.append(field(QStringLiteral("billing_number"), n, n,
                rows[i].confidenceOf(*rowPage[i], start, n.size()), rows[i], *rowPage[i], start,
                n.size()));
            break;
        }
    }

    fields += amounts.items;
    return fields;
}

} // namespace ClaimDesk
