#include "QueryNormalizer.h"

#include <QRegularExpression>
#include <vector>

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

int QueryNormalizer::editDistance(const QString& a, const QString& b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> previous(static_cast<std::size_t>(b.size() + 1)), current(previous.size());
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[static_cast<std::size_t>(j)] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            const auto J = static_cast<std::size_t>(j);
            current[J] = std::min({ previous[J] + 1, current[J - 1] + 1, previous[J - 1] + cost });
            best = std::min(best, current[J]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[static_cast<std::size_t>(b.size())];
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
            const int d = editDistance(w, known, limit);
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
