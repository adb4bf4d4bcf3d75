#pragma once

#include "domain/Document.h"
#include "extract/TextLayout.h"
#include "ocr/OcrTypes.h"

#include <QList>
#include <QRegularExpression>
#include <optional>

namespace ClaimDesk {

class LineRereader;

// A row read a second time by a LineRereader: its words on a page of their own.
struct SecondReading
{
    OcrPage page;
    LayoutRow row;

    // The text of the row read twice, word by word: where both readings have
    // one word over the same place, the one read with more confidence; a word
    // only one reading has is kept from the first, or taken from the second
    // when read confidently.
    QString mergedWith(const LayoutRow& first, const OcrPage& firstPage) const;
};

// The rows of a receipt over all its pages, top to bottom (a receipt's total is
// usually on its last page), and what the parts of the receipt extractor share:
// making a field on a row and reading a row a second time.
struct ReceiptRows
{
    QList<LayoutRow> rows;
    QList<const OcrPage*> pageOf; // the page of each row
    double medianHeight = 1; // of the rows: the size body text is printed in
    const LineRereader* rereader = nullptr; // may be null

    ReceiptRows(const QList<OcrPage>& pages, const LineRereader* rereader);

    qsizetype size() const { return rows.size(); }
    bool isEmpty() const { return rows.isEmpty(); }

    // Row i read again; nothing without a rereader or off its page.
    std::optional<SecondReading> readAgain(int i) const;
};

// Matching receipt text.
namespace ReceiptText {

// Case-insensitive and Unicode-aware; compile once (matching a const
// QRegularExpression is thread-safe).
QRegularExpression pattern(const char* text);
bool has(const QString& text, const QRegularExpression& pattern);
// Three letters in a row: a word, not marks or digits.
extern const QRegularExpression Letters;
// The label of a date ("Date", "Tarikh", "วันที่").
extern const QRegularExpression DateLabel;

// A field whose value was printed at text[start, start + length) of row on page.
ExtractedField field(const QString& name, const QString& value, const QString& printed,
    double confidence, const LayoutRow& row, const OcrPage& page, qsizetype start,
    qsizetype length);

} // namespace ReceiptText

} // namespace ClaimDesk
