#pragma once

#include "policy/PolicyChunker.h"
#include "util/Result.h"

#include <QHash>
#include <QStringList>

namespace ClaimDesk {

// A clause found for a query, from the latest version of its document.
struct ClauseHit
{
    qint64 id = 0;
    QString clauseId; // "formulary-v2-7": document, version, number
    QString documentName;
    int version = 0;
    PolicyClause clause;
    double relevance = 0; // BM25, or the fused rank score with embeddings; higher is better
    double similarity = -1; // cosine similarity to the query; -1 without embeddings

    // "formulary-v2": the document version a check used (the clause id less its number).
    QString policyVersion() const
    {
        return documentName + QStringLiteral("-v") + QString::number(version);
    }
};

// Where a check finds the policy's clauses: PolicyLibrary serves the book's
// imported documents. The checker sees only this, never the storage behind it.
// Implementations say which thread they may be called on.
class ClauseSource
{
public:
    virtual ~ClauseSource() = default;

    virtual Result<QList<ClauseHit>> search(const QStringList& words, int limit = 5) const = 0;
    // The words of the searchable clauses, each with the number of clauses it
    // appears in: the spelling corrector's dictionary and the measure of how
    // common (uninformative) a word is, both from the clauses themselves.
    struct Vocabulary
    {
        QHash<QString, int> clauseFrequency;
        int clauses = 0;
    };
    virtual Result<Vocabulary> vocabulary() const = 0;
};

} // namespace ClaimDesk
