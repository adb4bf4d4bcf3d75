#include "PolicyLibrary.h"

#include "policy/EmbeddingProvider.h"
#include "policy/PolicyDocumentReader.h"
#include "policy/QueryNormalizer.h"
#include "policylibrary/PolicyLibraryTr.h"
#include "storage/DocumentRepository.h"
#include "storage/SqlHelpers.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <cstring>

namespace ClaimDesk {

namespace { } // namespace

// Joined to clauses `c`: keeps those of the latest version of their document,
// the only ones searched.
static const QString LatestClauses = QStringLiteral(
    " JOIN policy_documents d ON d.id = c.document_id"
    " WHERE d.version = (SELECT MAX(version) FROM policy_documents l WHERE l.name = d.name)");

PolicyLibrary::PolicyLibrary(Database db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Result<PolicyLibrary::Imported> PolicyLibrary::importFile(const QString& path, const QString& name,
    const std::atomic_bool* cancel, const std::function<void(int, int)>& progress)
{
    const auto bytes = BoundedRead::file(path, InputLimits::PolicyDocumentBytes);
    if (!bytes)
        return Result<Imported>::failure(bytes.errorDetail());
    auto text = PolicyDocumentReader::read(*bytes, path, cancel, progress);
    if (!text)
        return Result<Imported>::failure(text.errorDetail());
    auto imported
        = importText(name.isEmpty() ? QFileInfo(path).completeBaseName() : name, text->utf8);
    if (imported) {
        imported->pages = text->pages;
        imported->ocr = text->ocr;
        imported->ocrConfidence = text->meanConfidence;
    }
    return imported;
}

Result<PolicyLibrary::Imported> PolicyLibrary::importText(
    const QString& name, const QByteArray& bytes)
{
    using R = Result<Imported>;
    const QString documentName = name.trimmed();
    if (documentName.isEmpty())
        return R::failure(PolicyLibraryTr::tr("A policy document needs a name"));
    if (bytes.trimmed().isEmpty())
        return R::failure(PolicyLibraryTr::tr("The policy document %1 is empty").arg(documentName));
    auto text = Text::decodeUtf8(bytes);
    if (!text)
        return R::failure(
            PolicyLibraryTr::tr("The policy document %1: %2").arg(documentName, text.error()));
    const QList<PolicyClause> clauses = chunkPolicyText(*text);
    if (clauses.isEmpty())
        return R::failure(PolicyLibraryTr::tr(
            "The policy document %1 has no rules (no bullet, exclusion, example or limit lines)")
                              .arg(documentName));

    Imported imported { documentName, 0, static_cast<int>(clauses.size()), false, {} };
    // The model is asked before the transaction: never hold the write lock over the network.
    QList<QVector<float>> vectors;
    if (m_embeddings) {
        QStringList texts;
        for (const PolicyClause& c : clauses)
            texts << c.section + QStringLiteral(": ") + c.text;
        auto embedded = m_embeddings->embed(texts);
        if (embedded && embedded->size() == texts.size())
            vectors = *embedded;
        else
            imported.embeddingProblem = embedded
                ? PolicyLibraryTr::tr("the model returned %1 vectors for %2 clauses")
                      .arg(embedded->size())
                      .arg(texts.size())
                : embedded.error();
    }
    const QString hash = DocumentRepository::sha256Hex(bytes);
    const SqlDialect& dialect = m_db.dialect();
    const Status s = m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (auto st = Sql::exec(q,
                QStringLiteral("SELECT id, version, sha256 FROM policy_documents WHERE name = ?"
                               " ORDER BY version DESC LIMIT 1"),
                { documentName });
            !st)
            return st;
        qint64 previousId = 0;
        if (q.next()) {
            previousId = q.value(0).toLongLong();
            imported.version = q.value(1).toInt();
            if (q.value(2).toString() == hash) {
                imported.unchanged = true;
                return Status();
            }
        }
        ++imported.version;
        if (previousId > 0) { // the old version stays on record but leaves the index
            if (auto st = Sql::exec(q,
                    QStringLiteral(
                        "SELECT id, body, section FROM policy_clauses WHERE document_id = ?"),
                    { previousId });
                !st)
                return st;
            QList<QVariantList> old;
            while (q.next())
                old.append({ q.value(0), q.value(1), q.value(2) });
            QSqlQuery unindex = m_db.query();
            for (const QVariantList& row : old) {
                if (auto st = Sql::exec(unindex, dialect.unindexClause(), row); !st)
                    return st;
            }
        }
        if (auto st = Sql::exec(q,
                QStringLiteral(
                    "INSERT INTO policy_documents (name, version, imported_at, sha256, body)"
                    " VALUES (?, ?, ?, ?, ?)"),
                { documentName, imported.version, m_clock().toMSecsSinceEpoch(), hash, *text });
            !st)
            return st;
        const qint64 documentId = q.lastInsertId().toLongLong();
        QSqlQuery insert = m_db.query();
        QSqlQuery index = m_db.query();
        QSqlQuery vector = m_db.query();
        for (qsizetype i = 0; i < clauses.size(); ++i) {
            const PolicyClause& c = clauses.at(i);
            if (auto st = Sql::exec(insert,
                    QStringLiteral(
                        "INSERT INTO policy_clauses (document_id, number, section, kinds, body)"
                        " VALUES (?, ?, ?, ?, ?)"),
                    { documentId, c.number, c.section, c.kinds.join(u','), c.text });
                !st)
                return st;
            const QVariant clauseId = insert.lastInsertId();
            if (auto st = Sql::exec(index, dialect.indexClause(), { clauseId, c.text, c.section });
                !st)
                return st;
            if (!vectors.isEmpty()) {
                const QVector<float>& v = vectors.at(i);
                const QByteArray blob(reinterpret_cast<const char*>(v.constData()),
                    v.size() * qsizetype(sizeof(float)));
                if (auto st = Sql::exec(vector,
                        QStringLiteral("INSERT INTO clause_embeddings (clause_id, model, vector) "
                                       "VALUES (?, ?, ?)"),
                        { clauseId, m_embeddings->model(), blob });
                    !st)
                    return st;
            }
        }
        return Status();
    });
    if (!s)
        return R::failure(PolicyLibraryTr::tr("Could not import the policy document %1: %2")
                              .arg(documentName, s.error()));
    return imported;
}

Result<QList<ClauseHit>> PolicyLibrary::search(const QStringList& words, int limit) const
{
    using R = Result<QList<ClauseHit>>;
    QList<ClauseHit> hits;
    if (words.isEmpty())
        return hits;
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(
            q, m_db.dialect().searchClauses(), { m_db.dialect().clauseSearchTerms(words), limit });
        !s)
        return R::failure(s.errorDetail());
    QList<std::pair<qint64, double>> ranked;
    while (q.next())
        ranked.append({ q.value(0).toLongLong(), q.value(1).toDouble() });
    QHash<qint64, double> similarity;
    if (m_embeddings) {
        auto nearest = nearestByEmbedding(words, std::max(limit, 20));
        if (nearest) { // a model failure leaves plain BM25
            QList<qint64> byWords, byMeaning;
            for (const auto& [id, relevance] : ranked)
                byWords << id;
            for (const auto& [id, cosine] : *nearest) {
                byMeaning << id;
                similarity.insert(id, cosine);
            }
            const QList<qint64> fused = reciprocalRankFusion({ byWords, byMeaning });
            ranked.clear();
            for (qsizetype i = 0; i < fused.size() && i < limit; ++i)
                ranked.append({ fused.at(i), 1.0 / double(i + 1) });
        }
    }
    QSqlQuery clause = m_db.query();
    for (const auto& [id, relevance] : ranked) {
        if (auto s = Sql::exec(clause,
                QStringLiteral("SELECT c.number, c.section, c.kinds, c.body, d.name, d.version "
                               "FROM policy_clauses c"
                               " JOIN policy_documents d ON d.id = c.document_id WHERE c.id = ?"),
                { id });
            !s)
            return R::failure(s.errorDetail());
        if (!clause.next())
            continue;
        ClauseHit hit;
        hit.id = id;
        hit.relevance = relevance;
        hit.similarity = similarity.value(id, -1);
        hit.clause
            = { clause.value(0).toInt(), clause.value(1).toString(), clause.value(3).toString(),
                  clause.value(2).toString().split(u',', Qt::SkipEmptyParts) };
        hit.documentName = clause.value(4).toString();
        hit.version = clause.value(5).toInt();
        hit.clauseId = hit.policyVersion() + u'-' + QString::number(hit.clause.number);
        hits << hit;
    }
    return hits;
}

Result<QList<std::pair<qint64, double>>> PolicyLibrary::nearestByEmbedding(
    const QStringList& words, int limit) const
{
    using R = Result<QList<std::pair<qint64, double>>>;
    auto query = m_embeddings->embed({ words.join(u' ') });
    if (!query || query->isEmpty())
        return R::failure(query ? QString() : query.error());
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT e.clause_id, e.vector FROM clause_embeddings e"
                           " JOIN policy_clauses c ON c.id = e.clause_id")
                + LatestClauses + QStringLiteral(" AND e.model = ?"),
            { m_embeddings->model() });
        !s)
        return R::failure(s.errorDetail());
    QList<std::pair<qint64, double>> scored;
    while (q.next()) {
        const QByteArray blob = q.value(1).toByteArray();
        QVector<float> v(blob.size() / qsizetype(sizeof(float)));
        std::memcpy(v.data(), blob.constData(), size_t(v.size()) * sizeof(float));
        scored.append({ q.value(0).toLongLong(), cosineSimilarity(query->first(), v) });
    }
    std::sort(scored.begin(), scored.end(),
        [](const auto& a, const auto& b) { return a.second > b.second; });
    if (scored.size() > limit)
        scored.resize(limit);
    return scored;
}

Result<PolicyLibrary::Vocabulary> PolicyLibrary::vocabulary() const
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Sql::exec(
            q, QStringLiteral("SELECT c.body, c.section FROM policy_clauses c") + LatestClauses);
        !s)
        return Result<Vocabulary>::failure(s.errorDetail());
    Vocabulary v;
    while (q.next()) {
        ++v.clauses;
        const QStringList words
            = QueryNormalizer::words(q.value(0).toString() + u' ' + q.value(1).toString());
        for (const QString& w : QSet<QString>(words.begin(), words.end()))
            ++v.clauseFrequency[w];
    }
    return v;
}

Result<qint64> PolicyLibrary::clauseCount() const
{
    QSqlQuery q = m_db.query();
    if (auto s
        = Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM policy_clauses c") + LatestClauses);
        !s)
        return Result<qint64>::failure(s.errorDetail());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<PolicyLibrary::DocumentVersion>> PolicyLibrary::documents() const
{
    using R = Result<QList<DocumentVersion>>;
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral(
                "SELECT d.name, d.version, d.imported_at,"
                " (SELECT COUNT(*) FROM policy_clauses c WHERE c.document_id = d.id),"
                " d.version = (SELECT MAX(version) FROM policy_documents l WHERE l.name = d.name)"
                " FROM policy_documents d ORDER BY d.name, d.version DESC"));
        !s)
        return R::failure(s.errorDetail());
    QList<DocumentVersion> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toInt(),
            QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC), q.value(3).toInt(),
            q.value(4).toBool() });
    return out;
}

} // namespace ClaimDesk
