#include "QueryNormalizer.h"

#include "util/Text.h"

#include <QRegularExpression>

namespace ClaimDesk {

QueryNormalizer::QueryNormalizer(QSet<QString> vocabulary)
    : m_vocabulary(std::move(vocabulary))
{ }

QStringList QueryNormalizer::words(const QString& text)
{
    static const QRegularExpression Strength(QStringLiteral("(\\d)([a-z%]+)"));
    static const QRegularExpression NonWord(QStringLiteral("[^\\p{L}\\p{N}.]+"));
    QString t = text.toLower();
    t.replace(Strength, QStringLiteral("\\1 \\2"));
    QStringList out;
    for (QString w : t.split(NonWord, Qt::SkipEmptyParts)) {
        // Keep decimal points inside numbers ("0.5"), drop them elsewhere.
        while (w.endsWith(u'.'))
            w.chop(1);
        while (w.startsWith(u'.'))
            w.remove(0, 1);
        if (!w.isEmpty())
            out << w;
    }
    return out;
}

QueryNormalizer::Normalized QueryNormalizer::normalize(const QString& text) const
{
    Normalized n;
    for (const QString& w : words(text)) {
        const bool alphabetic
            = std::all_of(w.begin(), w.end(), [](QChar c) { return c.isLetter(); });
        if (!alphabetic || w.size() < 4 || m_vocabulary.isEmpty() || m_vocabulary.contains(w)) {
            n.words << w;
            continue;
        }
        const int limit = w.size() <= 5 ? 1 : 2;
        QString best;
        int bestDistance = limit + 1;
        for (const QString& known : m_vocabulary) {
            const int d = Text::editDistance(w, known, limit);
            // Ties go to the alphabetically first word, so results never depend on hashing.
            if (d < bestDistance || (d == bestDistance && d <= limit && known < best)) {
                bestDistance = d;
                best = known;
            }
        }
        if (bestDistance <= limit) {
            n.corrections << w + QStringLiteral(" -> ") + best;
            n.words << best;
        } else {
            n.words << w;
        }
    }
    return n;
}

} // namespace ClaimDesk
