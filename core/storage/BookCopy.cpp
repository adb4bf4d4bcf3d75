#include "BookCopy.h"

#include "storage/BatchInsert.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QtEndian>

namespace ClaimDesk {

namespace {

// Referenced tables before the tables that reference them.
const char* const Tables[]
    = { "policy_holders", "policy_documents", "policy_clauses", "clause_embeddings", "claims",
          "blobs", "documents", "extracted_fields", "decisions", "agent_decisions", "audit_log",
          "llm_usage", "intake_conversations", "intake_messages", "inspection_appointments",
          "response_times", "policy_checks", "policy_advice", "sequences", "app_log" };

// The target's counters are replaced by the source's; its log lines are kept,
// and the source's follow them under new numbers (nothing refers to a log line).
bool replacesTarget(const QString& table)
{
    return table == u"sequences";
}
bool appendsWithNewIds(const QString& table)
{
    return table == u"app_log";
}

QStringList columnsOf(const Database& db, const QString& table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

// A value as the same text on either side: SQLite and PostgreSQL hand back the
// same number as different Qt types (qlonglong or int), so numbers go by value.
void addValue(QCryptographicHash& hash, const QVariant& v)
{
    QByteArray text;
    if (v.isNull())
        text = "n";
    else if (v.typeId() == QMetaType::QByteArray)
        text = "b" + v.toByteArray().toHex();
    else if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
        text = "d" + QByteArray::number(v.toDouble(), 'g', 17);
    else if (v.typeId() == QMetaType::QString)
        text = "s" + v.toString().toUtf8();
    else if (v.typeId() == QMetaType::Bool)
        text = "i" + QByteArray::number(v.toBool() ? 1 : 0);
    else
        text = "i" + QByteArray::number(v.toLongLong());
    hash.addData(QByteArray::number(text.size()));
    hash.addData(":");
    hash.addData(text);
}

// The rows' checksum whatever their order: the sum of each row's digest.
struct Checksum
{
    quint64 sum = 0;
    qint64 rows = 0;
    void add(const QSqlQuery& q, int columns)
    {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < columns; ++i)
            addValue(row, q.value(i));
        sum += qFromBigEndian<quint64>(row.result().constData());
        ++rows;
    }
    QByteArray hex() const { return QByteArray::number(sum, 16).rightJustified(16, '0'); }
};

Result<Checksum> checksumOf(
    const Database& db, const QString& table, const QStringList& columns, const QString& where = {})
{
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT %1 FROM %2%3")
                .arg(columns.join(QStringLiteral(", ")), table, where));
        !s)
        return Result<Checksum>::failure(s.errorDetail());
    Checksum c;
    while (q.next())
        c.add(q, int(columns.size()));
    return c;
}

} // namespace

BookCopy::BookCopy(Database source, Database target)
    : m_source(std::move(source))
    , m_target(std::move(target))
{ }

Status BookCopy::checkTargetEmpty() const
{
    for (const char* name : Tables) {
        const QString table = QLatin1String(name);
        if (replacesTarget(table) || appendsWithNewIds(table))
            continue;
        QSqlQuery q = m_target.query();
        if (auto s = Sql::exec(q, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)); !s)
            return s;
        if (q.next())
            return Status::failure(Error::of(ErrorKind::Conflict,
                StorageTr::tr("%1 already holds %2: a book is moved only into an empty one")
                    .arg(m_target.location().displayName(), table)));
    }
    return {};
}

Result<qint64> BookCopy::rowsToCopy() const
{
    qint64 total = 0;
    for (const char* name : Tables) {
        QSqlQuery q = m_source.query();
        if (auto s
            = Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(name)));
            !s)
            return Result<qint64>::failure(s.errorDetail());
        total += q.next() ? q.value(0).toLongLong() : 0;
    }
    return total;
}

Result<QList<TableCopied>> BookCopy::run(const Progress& progress)
{
    using R = Result<QList<TableCopied>>;
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return R::failure(
            StorageTr::tr("the two books are at different schema versions (%1 and %2)")
                .arg(m_source.schemaVersion())
                .arg(m_target.schemaVersion()));
    const auto total = rowsToCopy();
    if (!total)
        return R::failure(total.errorDetail());
    QList<TableCopied> copied;
    qint64 done = 0;
    bool stopped = false;
    const Status s = m_target.writeTransaction([&]() -> Status {
        if (auto st = checkTargetEmpty(); !st)
            return st;
        // The source is read on one snapshot, so what is counted is what is copied.
        return m_source.readTransaction([&]() -> Status {
            for (const char* name : Tables) {
                const QString table = QLatin1String(name);
                QStringList columns = columnsOf(m_source, table);
                const QStringList targetColumns = columnsOf(m_target, table);
                for (const QString& c : std::as_const(columns)) {
                    if (!targetColumns.contains(c))
                        return Status::failure(
                            StorageTr::tr("the team book has no column %1 in %2; nothing was "
                                          "moved")
                                .arg(c, table));
                }
                columns.erase(std::remove_if(columns.begin(), columns.end(),
                                  [&](const QString& c) {
                                      return !targetColumns.contains(c)
                                          || (appendsWithNewIds(table) && c == u"id");
                                  }),
                    columns.end());
                QSqlQuery t = m_target.query();
                if (replacesTarget(table)) {
                    if (auto st = Sql::exec(t, QStringLiteral("DELETE FROM %1").arg(table)); !st)
                        return st;
                }
                qint64 before = 0;
                if (appendsWithNewIds(table)) {
                    if (auto st = Sql::exec(t, QStringLiteral("SELECT MAX(id) FROM %1").arg(table));
                        !st)
                        return st;
                    before = t.next() ? t.value(0).toLongLong() : 0;
                }
                QSqlQuery from = m_source.query();
                from.setForwardOnly(true);
                if (auto st = Sql::exec(from,
                        QStringLiteral("SELECT %1 FROM %2")
                            .arg(columns.join(QStringLiteral(", ")), table));
                    !st)
                    return st;
                BatchInsert into(m_target, table, columns, 500);
                Checksum sent;
                while (from.next()) {
                    QVariantList row;
                    row.reserve(columns.size());
                    for (int i = 0; i < columns.size(); ++i)
                        row << from.value(i);
                    sent.add(from, int(columns.size()));
                    if (auto st = into.add(row); !st)
                        return Status::failure(StorageTr::tr("%1: %2").arg(table, st.error()));
                    if (++done % 500 == 0 && progress && !progress(done, *total)) {
                        stopped = true;
                        return Status::failure(StorageTr::tr("stopped; nothing was moved"));
                    }
                }
                if (auto st = into.finish(); !st)
                    return Status::failure(StorageTr::tr("%1: %2").arg(table, st.error()));
                const QString where = appendsWithNewIds(table)
                    ? QStringLiteral(" WHERE id > %1").arg(before)
                    : QString();
                const auto arrived = checksumOf(m_target, table, columns, where);
                if (!arrived)
                    return Status::failure(arrived.errorDetail());
                if (arrived->rows != sent.rows || arrived->sum != sent.sum)
                    return Status::failure(
                        StorageTr::tr("%1 did not arrive whole (%2 rows sent, %3 arrived, "
                                      "checksums %4 and %5); nothing was moved")
                            .arg(table)
                            .arg(sent.rows)
                            .arg(arrived->rows)
                            .arg(QString::fromLatin1(sent.hex()),
                                QString::fromLatin1(arrived->hex())));
                copied.append({ table, sent.rows, sent.hex() });
            }
            return m_target.dialect().kind() == SqlDialect::Kind::Postgres ? restartIdSequences()
                                                                           : Status();
        });
    });
    if (progress && s && !stopped)
        progress(done, *total);
    if (!s)
        return R::failure(s.errorDetail());
    return copied;
}

Status BookCopy::restartIdSequences() const
{
    QSqlQuery q = m_target.query();
    for (const char* name : Tables) {
        const QString table = QLatin1String(name);
        if (!columnsOf(m_target, table).contains(QStringLiteral("id")))
            continue;
        if (auto s
            = Sql::exec(q, QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), { table });
            !s)
            return s;
        const QString sequence = q.next() ? q.value(0).toString() : QString();
        if (sequence.isEmpty())
            continue; // its rows are keyed otherwise (claims by their ID)
        if (auto s = Sql::exec(q,
                QStringLiteral("SELECT setval(?, COALESCE(MAX(id), 1), MAX(id) IS NOT NULL)"
                               " FROM %1")
                    .arg(table),
                { sequence });
            !s)
            return s;
    }
    return {};
}

} // namespace ClaimDesk
