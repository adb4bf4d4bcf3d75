#pragma once

#include "policy/ClauseSource.h"
#include "policy/PolicyChunker.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <atomic>
#include <functional>

namespace ClaimDesk {

class EmbeddingProvider;

// The insurer's policy documents, versioned, cut into clauses and indexed for
// full-text search (SQLite FTS5, BM25). Importing a changed document adds a new
// version and re-indexes; only the latest version of each document is searched.
class PolicyLibrary final : public ClauseSource
{
public:
    explicit PolicyLibrary(Database db, Clock clock = systemClock());

    // With a provider, imported clauses get embeddings and search ranks by
    // reciprocal rank fusion of BM25 and vector similarity. Not owned; may be null.
    void setEmbeddingProvider(EmbeddingProvider* provider) { m_embeddings = provider; }

    struct Imported
    {
        QString name;
        int version = 0;
        int clauses = 0;
        bool unchanged = false; // the same text as the latest version: nothing added
        QString embeddingProblem; // the model failed: imported without embeddings
        int pages = 0; // of a PDF or image read by OCR
        bool ocr = false;
        double ocrConfidence = 1.0; // mean word confidence, 0..1
    };
    // Text must be UTF-8 with at least one rule; errors name the line at fault and
    // nothing is stored.
    Result<Imported> importText(const QString& name, const QByteArray& bytes);
    // A text file, a PDF through its text layer, or a scanned PDF or page image
    // through OCR (PolicyDocumentReader: seconds a page, so not on the UI thread).
    Result<Imported> importFile(const QString& path, const QString& name = {},
        const std::atomic_bool* cancel = nullptr,
        const std::function<void(int pagesDone, int pages)>& progress = {});

    // Only each document's latest version is searched.
    Result<QList<ClauseHit>> search(const QStringList& words, int limit = 5) const override;
    Result<Vocabulary> vocabulary() const override;
    Result<qint64> clauseCount() const;

    // Every imported version, by name and newest version first; only each name's
    // latest version is searched.
    struct DocumentVersion
    {
        QString name;
        int version = 0;
        QDateTime importedAt;
        int clauses = 0;
        bool latest = false;
    };
    Result<QList<DocumentVersion>> documents() const;

private:
    Result<QList<std::pair<qint64, double>>> nearestByEmbedding(
        const QStringList& words, int limit) const;

    Database m_db;
    Clock m_clock;
    EmbeddingProvider* m_embeddings = nullptr;
};

} // namespace ClaimDesk
