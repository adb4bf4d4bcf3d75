#include "EmbeddingProvider.h"

#include <QHash>
#include <cmath>

namespace ClaimDesk {

double cosineSimilarity(const QVector<float>& a, const QVector<float>& b)
{
    double dot = 0, na = 0, nb = 0;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    return na == 0 || nb == 0 ? 0.0 : dot / (std::sqrt(na) * std::sqrt(nb));
}

QList<qint64> reciprocalRankFusion(const QList<QList<qint64>>& rankings, int k)
{
    QHash<qint64, double> score;
    QList<qint64> order; // first appearance, for stable ties
    for (const QList<qint64>& ranking : rankings) {
        for (qsizetype rank = 0; rank < ranking.size(); ++rank) {
            const qint64 id = ranking.at(rank);
            if (!score.contains(id))
                order << id;
            score[id] += 1.0 / double(k + rank + 1);
        }
    }
    std::stable_sort(order.begin(), order.end(),
        [&](qint64 a, qint64 b) { return score.value(a) > score.value(b); });
    return order;
}

} // namespace ClaimDesk
