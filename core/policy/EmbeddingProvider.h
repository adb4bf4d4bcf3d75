#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

namespace ClaimDesk {

// A model that turns text into vectors (OpenAI-compatible /embeddings and the
// like). The policy library uses one, when the configured provider offers it, to
// rank clauses by meaning as well as by words. Calls block: use from a worker.
class EmbeddingProvider
{
public:
    virtual ~EmbeddingProvider() = default;
    virtual QString model() const = 0;
    // One vector per text, in order, all of the same length.
    virtual Result<QList<QVector<float>>> embed(const QStringList& texts) = 0;
};

// Makes a provider on the thread that will use it (the policy jobs' workers);
// empty when no embeddings are configured.
using EmbeddingFactory = std::function<std::unique_ptr<EmbeddingProvider>()>;

// Cosine similarity of two vectors of the same length (0 for a zero vector).
double cosineSimilarity(const QVector<float>& a, const QVector<float>& b);

// Reciprocal rank fusion: each list ranks ids best first; an id scores
// sum(1 / (k + rank)) over the lists it is in (rank from 1). Best first; ties
// keep the order of first appearance.
QList<qint64> reciprocalRankFusion(const QList<QList<qint64>>& rankings, int k = 60);

} // namespace ClaimDesk
