#pragma once

#include "domain/Document.h"
#include "extract/TextLayout.h"
#include "ocr/OcrTypes.h"

#include <QList>
#include <QRegularExpression>
#include <functional>
#include <optional>

namespace ClaimDesk {

class LineRereader;

// A row read a second time by a LineRereader: its words on a page of their own.
struct SecondReading
{
    OcrPage page;
    LayoutRow row;
};

// The text of a row read several times, word by word. Words are matched by
// where they stand; of the readings of one word, the text most of them agree on,
// else (all of one length) the letters most of them agree on, else the reading
// read with most confidence. A word only the first reading has is kept; one only
// a later reading has is taken when read confidently.
QString votedText(
    const LayoutRow& first, const OcrPage& firstPage, const QList<SecondReading>& others);

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

    // Row i read again by the rereader's engines in turn (nothing without a
    // rereader or off its page): `take` gets each reading and says whether to
    // ask the next engine. Callers ask the voting engines only where the first
    // disagrees with the pass over the page: two readings that agree cannot be
    // outvoted by a third, and the voters' time is saved. When the first engine
    // reads nothing, neither is the row worth the others' time.
    void readAgainByAll(int i, const std::function<bool(const SecondReading&)>& take) const;
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
