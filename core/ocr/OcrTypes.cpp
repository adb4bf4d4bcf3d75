#include "ocr/OcrTypes.h"

#include <algorithm>

namespace ClaimDesk {

QString OcrPage::text() const
{
    QString out;
    int block = -1;
    int line = -1;
    for (const OcrWord& w : words) {
        if (!out.isEmpty())
            out += (w.block != block || w.line != line) ? QLatin1Char('\n') : QLatin1Char(' ');
        out += w.text;
        block = w.block;
        line = w.line;
    }
    return out;
}

double OcrPage::meanConfidence() const
{
    if (words.isEmpty())
        return 0.0;
    double sum = 0;
    for (const OcrWord& w : words)
        sum += w.confidence;
    return sum / words.size();
}

namespace {

bool isThai(QChar c)
{
    return c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F;
}

bool hasThai(const QString& text)
{
    return std::any_of(text.begin(), text.end(), isThai);
}

// Thai letters only, or a point or dash between them.
bool joinable(const QString& text)
{
    bool thai = false;
    for (const QChar c : text) {
        if (isThai(c))
            thai = true;
        else if (c != u'.' && c != u'-')
            return false;
    }
    return thai || text == QLatin1String(".") || text == QLatin1String("-");
}

} // namespace

QList<OcrWord> joinSplitThaiWords(const QList<OcrWord>& words)
{
    QList<OcrWord> out;
    out.reserve(words.size());
    for (qsizetype i = 0; i < words.size();) {
        OcrWord run = words[i];
        qsizetype j = i + 1;
        if (joinable(run.text)) {
            // the line's height, from its words, measures what a space is
            QList<int> heights;
            for (qsizetype k = i;
                 k < words.size() && words[k].line == run.line && words[k].block == run.block; ++k)
                heights.append(words[k].box.height());
            std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
            const int space = std::max(3, int(0.6 * heights[heights.size() / 2]));
            bool anyThai = hasThai(run.text);
            while (j < words.size() && words[j].line == run.line && words[j].block == run.block
                && joinable(words[j].text) && words[j].box.left() - run.box.right() <= space) {
                run.text += words[j].text;
                run.box = run.box.united(words[j].box);
                run.confidence = std::min(run.confidence, words[j].confidence);
                anyThai = anyThai || hasThai(words[j].text);
                ++j;
            }
            if (!anyThai) {
                // points and dashes alone: leave them be
                out.append(words[i]);
                ++i;
                continue;
            }
        }
        // sara am as one letter: Tesseract writes nikhahit and sara aa ("ํา"),
        // which no Thai word in a label or month spells so
        if (hasThai(run.text))
            run.text.replace(QStringLiteral("\u0E4D\u0E32"), QStringLiteral("\u0E33"));
        out.append(run);
        i = j;
    }
    return out;
}

} // namespace ClaimDesk
