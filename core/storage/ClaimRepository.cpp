#include "ClaimRepository.h"

#include "logging/LogCategories.h"
#include "storage/AuditRepository.h"
#include "storage/BatchInsert.h"
#include "storage/DecisionRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ClaimDesk {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, claim_type, status, memo, claimant_national_id, claimant_name, amount_cents,"
    " provider_name, diagnosis_code, treatment_notes, service_date, line_items, in_network,"
    " is_emergency, created_at, updated_at, submitted_at, assignee, escalated, version,"
    " risk_rank, risk_score, priority_rank, final_decision, reimbursement_cents, prior_approval"
    " FROM claims");

QString lineItemsToJson(const QList<LineItem>& items)
{
    QJsonArray array;
    for (const LineItem& item : items)
        array.append(QJsonObject { { QStringLiteral("description"), item.description },
            { QStringLiteral("amount"), item.amount.toString() } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<LineItem> lineItemsFromJson(const QString& json)
{
    QList<LineItem> items;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        items.append({ o.value(u"description").toString(),
            Money::parse(o.value(u"amount").toString()).value_or(Money()) });
    }
    return items;
}

// A claim row; an unknown type or status is refused as damage, never guessed.
Result<Claim> readClaim(const QSqlQuery& q)
{
    Claim c;
    c.id = q.value(0).toString();
    const auto type = claimTypeFromCode(q.value(1).toString());
    const auto status = claimStatusFromCode(q.value(2).toString());
    if (!type || !status) {
        return Result<Claim>::failure(Error::of(ErrorKind::Damaged,
            StorageTr::tr(
                "Claim %1 has a type or status ClaimDesk does not know (\"%2\", \"%3\"); the "
                "book is damaged")
                .arg(c.id, q.value(1).toString(), q.value(2).toString())));
    }
    c.type = *type;
    c.status = *status;
    c.memo = q.value(3).toString();
    c.claimantNationalId = q.value(4).toString();
    c.claimantName = q.value(5).toString();
    if (!q.value(6).isNull())
        c.amount = Money::fromCents(q.value(6).toLongLong());
    c.providerName = q.value(7).toString();
    c.diagnosisCode = q.value(8).toString();
    c.treatmentNotes = q.value(9).toString();
    c.serviceDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    c.lineItems = lineItemsFromJson(q.value(11).toString());
    c.inNetwork = q.value(12).toBool();
    c.emergency = q.value(13).toBool();
    c.createdAt = Sql::toDateTime(q.value(14));
    c.updatedAt = Sql::toDateTime(q.value(15));
    c.submittedAt = Sql::toDateTime(q.value(16));
    c.assignee = q.value(17).toString();
    c.escalated = q.value(18).toBool();
    c.version = q.value(19).toInt();
    c.riskLevel = static_cast<RiskLevel>(std::clamp(q.value(20).toInt(), 0, 3));
    if (!q.value(21).isNull())
        c.riskScore = q.value(21).toInt();
    c.priority = static_cast<Priority>(std::clamp(q.value(22).toInt(), 0, 3));
    c.finalDecision = finalDecisionFromCode(q.value(23).toString());
    c.reimbursement = Money::fromCents(q.value(24).toLongLong());
    c.priorApproval = q.value(25).toString();
    return c;
}

// WHERE clause and bound values for a query; ORDER BY matches the queue indexes.
// `nameMatches` says how to use the name index for a part of a name.
QString whereClause(const ClaimQuery& query, const SqlDialect& dialect, QVariantList& values,
    SqlDialect::Matches nameMatches = SqlDialect::Matches::Few)
{
    QStringList terms;
    if (query.status) {
        terms << QStringLiteral("status = ?");
        values << claimStatusCode(*query.status);
    }
    if (query.openOnly) {
        terms << QStringLiteral("status IN (?, ?, ?)");
        values << claimStatusCode(ClaimStatus::Submitted)
               << claimStatusCode(ClaimStatus::UnderReview)
               << claimStatusCode(ClaimStatus::Pending);
    }
    if (query.type) {
        terms << QStringLiteral("claim_type = ?");
        values << claimTypeCode(*query.type);
    }
    if (query.risk) {
        terms << QStringLiteral("risk_rank = ?");
        values << riskRank(*query.risk);
    }
    if (query.decision) {
        terms << QStringLiteral("final_decision = ?");
        values << finalDecisionCode(*query.decision);
    }
    if (query.createdFrom.isValid()) {
        terms << QStringLiteral("created_at >= ?");
        values << query.createdFrom.toMSecsSinceEpoch();
    }
    if (query.createdTo.isValid()) {
        terms << QStringLiteral("created_at < ?");
        values << query.createdTo.toMSecsSinceEpoch();
    }
    if (!query.assignee.isEmpty()) {
        terms << QStringLiteral("assignee = ?");
        values << query.assignee;
    }
    const QString search = query.search.trimmed();
    switch (ClaimQuery::searchKind(search)) {
    case ClaimQuery::SearchKind::None:
        break;
    case ClaimQuery::SearchKind::ClaimId: {
        // A prefix as a range of the primary key (LIKE would scan: the key's
        // collation is binary, LIKE's is not). IDs are upper-case ASCII, below U+FFFF.
        const QString prefix = search.toUpper();
        terms << QStringLiteral("id >= ? AND id < ?");
        values << prefix << QString(prefix + QChar(0xFFFF));
        break;
    }
    case ClaimQuery::SearchKind::NationalId: // typed with or without spaces and dashes
        terms << QStringLiteral("claimant_national_id IN (?, ?)");
        values << search << QString(search).remove(QRegularExpression(QStringLiteral("[\\s-]")));
        break;
    case ClaimQuery::SearchKind::Name: { // a part anywhere in the name
        const SqlDialect::Term term = dialect.nameSearch(search, nameMatches);
        terms << term.sql;
        values << term.value;
        break;
    }
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

// The query's part of a name, if it searches by one.
QString namePart(const ClaimQuery& query)
{
    const QString search = query.search.trimmed();
    return ClaimQuery::searchKind(search) == ClaimQuery::SearchKind::Name ? search : QString();
}

// How many claims have a name containing `part`, counted in the name index alone
// and up to `cap` (-1: all); nothing when the index cannot answer for the part.
std::optional<qint64> nameMatches(const Database& db, const QString& part, qint64 cap)
{
    const auto term = db.dialect().countNameMatches(part);
    if (!term)
        return std::nullopt;
    QSqlQuery q = db.query();
    if (!Sql::exec(q, term->sql, { term->value, cap }) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

// ORDER BY for a query: the sort column, then queue order to break ties, all
// reversed for descending. Each matches an index (claims_queue*), so a page is an
// index range scan whatever the sort.
QString orderClause(const ClaimQuery& query, const SqlDialect& dialect)
{
    QString column;
    bool nullable = false;
    bool reverse = query.descending;
    switch (query.sort) {
    case QueueSort::Queue:
        break;
    case QueueSort::Id:
        return query.descending ? QStringLiteral(" ORDER BY id DESC")
                                : QStringLiteral(" ORDER BY id");
    case QueueSort::Age: // youngest first when ascending
        return query.descending ? QStringLiteral(" ORDER BY created_at, id")
                                : QStringLiteral(" ORDER BY created_at DESC, id DESC");
    case QueueSort::Risk: // queue order starts with the highest risk
        reverse = !query.descending;
        break;
    case QueueSort::Type:
        column = QStringLiteral("claim_type");
        break;
    case QueueSort::Status:
        column = QStringLiteral("status");
        break;
    case QueueSort::Amount:
        column = QStringLiteral("amount_cents");
        nullable = true;
        break;
    case QueueSort::Decision:
        column = QStringLiteral("final_decision");
        nullable = true;
        break;
    case QueueSort::Assignee:
        column = QStringLiteral("assignee");
        break;
    case QueueSort::Escalated:
        column = QStringLiteral("escalated");
        break;
    }
    QString order = QStringLiteral(" ORDER BY ");
    if (!column.isEmpty()) {
        order += column + (reverse ? QStringLiteral(" DESC") : QString())
            + (nullable ? dialect.nullsAsSmallest(reverse) : QString()) + QStringLiteral(", ");
    }
    order += reverse ? QStringLiteral("risk_rank, priority_rank, created_at DESC, id DESC")
                     : QStringLiteral("risk_rank DESC, priority_rank DESC, created_at, id");
    return order;
}

const QStringList InsertColumns = { QStringLiteral("id"), QStringLiteral("claim_type"),
    QStringLiteral("status"), QStringLiteral("memo"), QStringLiteral("claimant_national_id"),
    QStringLiteral("claimant_name"), QStringLiteral("amount_cents"),
    QStringLiteral("provider_name"), QStringLiteral("diagnosis_code"),
    QStringLiteral("treatment_notes"), QStringLiteral("service_date"), QStringLiteral("line_items"),
    QStringLiteral("in_network"), QStringLiteral("is_emergency"), QStringLiteral("created_at"),
    QStringLiteral("updated_at"), QStringLiteral("submitted_at"), QStringLiteral("assignee"),
    QStringLiteral("risk_rank"), QStringLiteral("risk_score"), QStringLiteral("priority_rank"),
    QStringLiteral("final_decision"), QStringLiteral("reimbursement_cents"),
    QStringLiteral("prior_approval") };

// A claim row; with a decision, its headline too (bulk loads insert both at once).
QVariantList insertRow(const QString& id, const NewClaim& c, const QDateTime& createdAt,
    const DecisionResult* decision)
{
    const QVariant at = Sql::fromDateTime(createdAt);
    return { id, claimTypeCode(c.type), claimStatusCode(c.status), c.memo, c.claimantNationalId,
        c.claimantName, c.amount ? QVariant(c.amount->cents()) : Sql::nullInt(), c.providerName,
        c.diagnosisCode, c.treatmentNotes, Sql::fromDate(c.serviceDate),
        lineItemsToJson(c.lineItems), c.inNetwork ? 1 : 0, c.emergency ? 1 : 0, at, at, at,
        c.assignee, decision ? riskRank(decision->riskLevel) : 0,
        decision && decision->riskScore ? QVariant(*decision->riskScore) : Sql::nullInt(),
        decision ? priorityRank(decision->priority) : 0,
        decision ? QVariant(finalDecisionCode(decision->finalDecision)) : Sql::nullString(),
        decision ? decision->reimbursement.cents() : 0, c.priorApproval };
}

} // namespace

ClaimRepository::ClaimRepository(Database db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

ClaimRepository::~ClaimRepository() = default;
ClaimRepository::ClaimRepository(ClaimRepository&&) noexcept = default;

QString ClaimRepository::formatId(ClaimType type, const QDate& date, qint64 sequence)
{
    return claimTypeCode(type) + u'-' + date.toString(QStringLiteral("yyyyMMdd")) + u'-'
        + QStringLiteral("%1").arg(sequence, 6, 10, QLatin1Char('0'));
}

Result<qint64> ClaimRepository::reserveSequence(ClaimType type, qint64 count)
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("UPDATE sequences SET value = value + ? WHERE name = ? RETURNING value"),
            { count, QString(QStringLiteral("claim:") + claimTypeCode(type)) });
        !s)
        return Result<qint64>::failure(s.errorDetail());
    if (!q.next())
        return Result<qint64>::failure(
            StorageTr::tr("the claim sequence is missing from the database"));
    return q.value(0).toLongLong() - count + 1; // first number of the block
}

Status ClaimRepository::insert(const QString& id, const NewClaim& c, const QDateTime& createdAt,
    const DecisionResult* decision)
{
    QSqlQuery q = m_db.query();
    return Sql::exec(q,
        QStringLiteral("INSERT INTO claims (") + InsertColumns.join(QStringLiteral(", "))
            + QStringLiteral(") VALUES (")
            + QStringList(InsertColumns.size(), QStringLiteral("?")).join(QStringLiteral(", "))
            + u')',
        insertRow(id, c, createdAt, decision));
}

Result<Claim> ClaimRepository::create(const NewClaim& claim, const QString& actor)
{
    const QDateTime now = m_clock();
    QString id;
    const Status s = m_db.writeTransaction([&]() -> Status {
        auto seq = reserveSequence(claim.type, 1);
        if (!seq)
            return Status::failure(seq.errorDetail());
        id = formatId(claim.type, now.toUTC().date(), *seq);
        if (auto st = insert(id, claim, now, nullptr); !st)
            return st;
        return AuditRepository(m_db).append(
            { 0, now, actor, id, AuditAction::Created, {}, claimStatusCode(claim.status), {} });
    });
    if (!s)
        return Result<Claim>::failure(
            StorageTr::tr("Could not create the claim: %1").arg(s.error()));
    return find(id);
}

Status ClaimRepository::createMany(
    const QList<DecidedClaim>& claims, const QString& rulesetVersion, QStringList* ids)
{
    if (!m_decisions)
        m_decisions = std::make_unique<DecisionRepository>(m_db);
    return m_db.writeTransaction([&]() -> Status {
        qint64 counts[2] = { 0, 0 };
        for (const DecidedClaim& d : claims)
            ++counts[static_cast<int>(d.claim.type)];
        qint64 next[2] = { 0, 0 };
        for (int t = 0; t < 2; ++t) {
            if (counts[t] == 0)
                continue;
            auto first = reserveSequence(static_cast<ClaimType>(t), counts[t]);
            if (!first)
                return Status::failure(first.errorDetail());
            next[t] = *first;
        }
        BatchInsert insert(m_db, QStringLiteral("claims"), InsertColumns);
        QList<DecisionToStore> decisions;
        decisions.reserve(claims.size());
        for (const DecidedClaim& d : claims) {
            const QString id = formatId(
                d.claim.type, d.createdAt.toUTC().date(), next[static_cast<int>(d.claim.type)]++);
            if (auto st = insert.add(insertRow(id, d.claim, d.createdAt, &d.decision)); !st)
                return st;
            decisions.append({ id, d.decision, d.createdAt.toUTC().date(), d.createdAt });
            if (ids)
                ids->append(id);
        }
        if (auto st = insert.finish(); !st)
            return st;
        return m_decisions->appendMany(decisions, rulesetVersion);
    });
}

Result<Claim> ClaimRepository::find(const QString& id) const
{
    QSqlQuery q = m_db.query();
    if (auto s
        = Sql::exec(q, SelectColumns + QStringLiteral(" WHERE id = ?"), { id.trimmed().toUpper() });
        !s)
        return Result<Claim>::failure(s.errorDetail());
    if (!q.next())
        return Result<Claim>::failure(
            Error::of(ErrorKind::NotFound, StorageTr::tr("There is no claim %1").arg(id)));
    return readClaim(q);
}

Result<QList<Claim>> ClaimRepository::list(const ClaimQuery& query) const
{
    // A part of a name that many claims share is found sooner by walking the
    // claims in order: with twenty times the rows wanted matching, the rows
    // wanted lie within about the first twentieth of the walk. Fewer matches are
    // fetched by the index in tens of milliseconds (16,467 of a million: 31 ms).
    auto matches = SqlDialect::Matches::Few;
    if (const QString part = namePart(query); !part.isEmpty()) {
        const qint64 many = std::max<qint64>(20000, 20 * (qint64(query.offset) + query.limit));
        if (const auto n = nameMatches(m_db, part, many); n && *n >= many)
            matches = SqlDialect::Matches::Many;
    }
    QVariantList values;
    const QString sql = SelectColumns + whereClause(query, m_db.dialect(), values, matches)
        + orderClause(query, m_db.dialect()) + QStringLiteral(" LIMIT ? OFFSET ?");
    values << query.limit << query.offset;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Sql::exec(q, sql, values); !s)
        return Result<QList<Claim>>::failure(s.errorDetail());
    QList<Claim> out;
    while (q.next()) {
        auto claim = readClaim(q);
        if (!claim)
            return Result<QList<Claim>>::failure(claim.errorDetail());
        out << std::move(claim).value();
    }
    if (auto s = Sql::rowsEnded(q); !s)
        return Result<QList<Claim>>::failure(s.errorDetail());
    return out;
}

Result<qint64> ClaimRepository::forEach(
    const ClaimQuery& query, const std::function<bool(const Claim&)>& visit) const
{
    QVariantList values;
    const QString sql = SelectColumns + whereClause(query, m_db.dialect(), values)
        + QStringLiteral(" ORDER BY created_at, id");
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Sql::exec(q, sql, values); !s)
        return Result<qint64>::failure(s.errorDetail());
    qint64 visited = 0;
    while (q.next()) {
        ++visited;
        auto claim = readClaim(q);
        if (!claim)
            return Result<qint64>::failure(claim.errorDetail());
        if (!visit(*claim))
            return visited;
    }
    if (auto s = Sql::rowsEnded(q); !s)
        return Result<qint64>::failure(s.errorDetail());
    return visited;
}

Result<QHash<int, qint64>> ClaimRepository::countBy(const ClaimQuery& query, ClaimFacet facet) const
{
    QString column;
    switch (facet) {
    case ClaimFacet::Status:
        column = QStringLiteral("status");
        break;
    case ClaimFacet::Type:
        column = QStringLiteral("claim_type");
        break;
    case ClaimFacet::Risk:
        column = QStringLiteral("risk_rank");
        break;
    case ClaimFacet::Decision:
        column = QStringLiteral("final_decision");
        break;
    }
    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1, COUNT(*) FROM claims").arg(column)
        + whereClause(query, m_db.dialect(), values) + QStringLiteral(" GROUP BY %1").arg(column);
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Sql::exec(q, sql, values); !s)
        return Result<QHash<int, qint64>>::failure(s.errorDetail());
    QHash<int, qint64> out;
    while (q.next()) {
        const QVariant v = q.value(0);
        std::optional<int> key;
        switch (facet) {
        case ClaimFacet::Status:
            if (auto s = claimStatusFromCode(v.toString()))
                key = int(*s);
            break;
        case ClaimFacet::Type:
            if (auto t = claimTypeFromCode(v.toString()))
                key = int(*t);
            break;
        case ClaimFacet::Risk:
            key = std::clamp(v.toInt(), 0, int(RiskLevel::High)); // risk_rank is the enum
            break;
        case ClaimFacet::Decision:
            if (v.isNull())
                key = -1;
            else if (auto d = finalDecisionFromCode(v.toString()))
                key = int(*d);
            break;
        }
        if (key)
            out[*key] += q.value(1).toLongLong();
    }
    return out;
}

Result<QList<ClaimTotals>> ClaimRepository::totalsByTypeAndStatus(const ClaimQuery& query) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT claim_type, status, COUNT(*),"
                                       " COALESCE(SUM(amount_cents), 0),"
                                       " COALESCE(SUM(reimbursement_cents), 0) FROM claims")
        + whereClause(query, m_db.dialect(), values)
        + QStringLiteral(" GROUP BY claim_type, status");
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Sql::exec(q, sql, values); !s)
        return Result<QList<ClaimTotals>>::failure(s.errorDetail());
    QList<ClaimTotals> out;
    while (q.next()) {
        const auto type = claimTypeFromCode(q.value(0).toString());
        const auto status = claimStatusFromCode(q.value(1).toString());
        if (!type || !status)
            continue;
        out.append({ .type = *type,
            .status = *status,
            .claims = q.value(2).toLongLong(),
            .amount = Money::fromCents(q.value(3).toLongLong()),
            .reimbursement = Money::fromCents(q.value(4).toLongLong()) });
    }
    std::sort(out.begin(), out.end(), [](const ClaimTotals& a, const ClaimTotals& b) {
        return std::pair(int(a.type), int(a.status)) < std::pair(int(b.type), int(b.status));
    });
    return out;
}

Result<qint64> ClaimRepository::count(const ClaimQuery& query) const
{
    // Only a part of a name: the name index counts alone, without reading claims.
    if (const QString part = namePart(query); !part.isEmpty()) {
        ClaimQuery others = query;
        others.search.clear();
        QVariantList none;
        if (whereClause(others, m_db.dialect(), none).isEmpty()) {
            if (const auto n = nameMatches(m_db, part, -1))
                return *n;
        }
    }
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM claims")
        + whereClause(query, m_db.dialect(), values);
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q, sql, values); !s)
        return Result<qint64>::failure(s.errorDetail());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<Claim> ClaimRepository::findForUpdate(
    const QString& id, std::optional<int> expectedVersion) const
{
    auto current = find(id);
    if (current && expectedVersion && current->version != *expectedVersion) {
        return Result<Claim>::failure(
            Error::conflict(StorageTr::tr("Claim %1 was changed by someone else (version %2, you "
                                          "edited version %3); nothing was overwritten")
                                .arg(current->id)
                                .arg(current->version)
                                .arg(*expectedVersion),
                current->version));
    }
    return current;
}

Status ClaimRepository::checkVersion(const QString& id, int expectedVersion) const
{
    return Status::from(findForUpdate(id, expectedVersion));
}

Result<qint64> ClaimRepository::countAll() const
{
    return count(ClaimQuery {});
}

Result<QStringList> ClaimRepository::idsWithMemoHolding(const QString& text) const
{
    // LIKE with its wildcards escaped: case-insensitive in SQLite for ASCII, so
    // the exact match is checked here
    QString pattern = text;
    pattern.replace(u'!', QStringLiteral("!!"))
        .replace(u'%', QStringLiteral("!%"))
        .replace(u'_', QStringLiteral("!_"));
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT id, memo FROM claims WHERE memo LIKE ? ESCAPE '!' ORDER BY "
                           "created_at, id"),
            { QString(u'%' + pattern + u'%') });
        !s)
        return Result<QStringList>::failure(s.errorDetail());
    QStringList ids;
    while (q.next()) {
        if (q.value(1).toString().contains(text))
            ids << q.value(0).toString();
    }
    return ids;
}

Result<Claim> ClaimRepository::setStatus(const QString& id, ClaimStatus status,
    const std::optional<QString>& memo, const QString& actor, std::optional<int> expectedVersion)
{
    const QDateTime now = m_clock();
    const Status s = m_db.writeTransaction([&]() -> Status {
        auto current = findForUpdate(id, expectedVersion);
        if (!current)
            return Status::failure(current.errorDetail());
        QSqlQuery q = m_db.query();
        if (auto st = Sql::exec(q,
                QStringLiteral("UPDATE claims SET status = ?, memo = ?, updated_at = ?,"
                               " version = version + 1 WHERE id = ? AND version = ?"),
                { claimStatusCode(status), memo.value_or(current->memo), now.toMSecsSinceEpoch(),
                    current->id, current->version });
            !st)
            return st;
        if (q.numRowsAffected() != 1)
            return Status::failure(Error::of(ErrorKind::Conflict,
                StorageTr::tr("Claim %1 was changed by someone else; nothing was overwritten")
                    .arg(current->id)));
        AuditRepository audit(m_db);
        if (current->status != status) {
            if (auto st = audit.append({ 0, now, actor, current->id, AuditAction::Status,
                    claimStatusCode(current->status), claimStatusCode(status), {} });
                !st)
                return st;
        }
        if (memo && *memo != current->memo) {
            if (auto st = audit.append(
                    { 0, now, actor, current->id, AuditAction::Memo, current->memo, *memo, {} });
                !st)
                return st;
        }
        return Status();
    });
    if (!s) {
        qCWarning(lcSystem).noquote()
            << QStringLiteral("status of claim %1 not changed: %2").arg(id, s.error());
        return Result<Claim>::failure(s.errorDetail());
    }
    qCInfo(lcSystem).noquote()
        << QStringLiteral("claim %1 set to %2").arg(id, claimStatusCode(status));
    return find(id);
}

Result<Claim> ClaimRepository::setEscalated(
    const QString& id, bool escalated, const QString& reason, const QString& actor)
{
    const QDateTime now = m_clock();
    const Status s = m_db.writeTransaction([&]() -> Status {
        auto current = findForUpdate(id, std::nullopt);
        if (!current)
            return Status::failure(current.errorDetail());
        if (current->escalated == escalated)
            return Status();
        QSqlQuery q = m_db.query();
        if (auto st = Sql::exec(q,
                QStringLiteral("UPDATE claims SET escalated = ?, updated_at = ?,"
                               " version = version + 1 WHERE id = ?"),
                { escalated ? 1 : 0, now.toMSecsSinceEpoch(), current->id });
            !st)
            return st;
        return AuditRepository(m_db).append({ 0, now, actor, current->id, AuditAction::Escalated,
            escalated ? QStringLiteral("no") : QStringLiteral("yes"),
            escalated ? (reason.isEmpty() ? QStringLiteral("yes") : reason) : QStringLiteral("no"),
            {} });
    });
    if (!s)
        return Result<Claim>::failure(s.errorDetail());
    qCInfo(lcSystem).noquote() << QStringLiteral("claim %1 escalation %2")
                                      .arg(id,
                                          escalated ? QStringLiteral("raised")
                                                    : QStringLiteral("lowered"));
    return find(id);
}

Result<std::optional<Claim>> ClaimRepository::takeNext(std::optional<ClaimType> type)
{
    using R = Result<std::optional<Claim>>;
    const QDateTime now = m_clock();
    const QString login = m_db.login();
    QString taken;
    const Status s = m_db.writeTransaction([&]() -> Status {
        // Written out as the partial index claims_free_queue says it (schema 16):
        // a planner uses that index only for the very same terms, not for values
        // bound at run time.
        QVariantList values;
        QString sql = QStringLiteral("SELECT id FROM claims WHERE assignee = '' AND status IN"
                                     " ('Submitted', 'Under Review', 'Pending')");
        if (type) {
            sql += QStringLiteral(" AND claim_type = ?");
            values << claimTypeCode(*type);
        }
        sql += QStringLiteral(
                   " ORDER BY risk_rank DESC, priority_rank DESC, created_at, id LIMIT 1")
            + m_db.dialect().lockSkippingLocked();
        QSqlQuery q = m_db.query();
        if (auto st = Sql::exec(q, sql, values); !st)
            return st;
        if (!q.next())
            return Status(); // nothing free
        taken = q.value(0).toString();
        if (auto st = Sql::exec(q,
                QStringLiteral("UPDATE claims SET assignee = ?, updated_at = ?,"
                               " version = version + 1 WHERE id = ?"),
                { login, now.toMSecsSinceEpoch(), taken });
            !st)
            return st;
        return AuditRepository(m_db).append(
            { 0, now, login, taken, AuditAction::Assignment, QString(), login, {} });
    });
    if (!s)
        return R::failure(s.errorDetail());
    if (taken.isEmpty())
        return std::optional<Claim>();
    auto claim = find(taken);
    if (!claim)
        return R::failure(claim.errorDetail());
    return std::optional<Claim>(*claim);
}

Result<Claim> ClaimRepository::setAssignee(const QString& id, const QString& login)
{
    const QDateTime now = m_clock();
    const Status s = m_db.writeTransaction([&]() -> Status {
        auto current = findForUpdate(id, std::nullopt);
        if (!current)
            return Status::failure(current.errorDetail());
        if (current->assignee == login)
            return Status();
        QSqlQuery q = m_db.query();
        // Only the claim as read: a take at the same moment is not overwritten.
        if (auto st = Sql::exec(q,
                QStringLiteral("UPDATE claims SET assignee = ?, updated_at = ?,"
                               " version = version + 1 WHERE id = ? AND version = ?"),
                { login, now.toMSecsSinceEpoch(), current->id, current->version });
            !st)
            return st;
        if (q.numRowsAffected() != 1)
            return Status::failure(Error::conflict(
                StorageTr::tr("%1 was changed by someone else meanwhile; look again")
                    .arg(current->id),
                current->version + 1));
        return AuditRepository(m_db).append({ 0, now, m_db.login(), current->id,
            AuditAction::Assignment, current->assignee, login, {} });
    });
    if (!s)
        return Result<Claim>::failure(s.errorDetail());
    return find(id);
}

Result<Claim> ClaimRepository::markSubmitted(const QString& id, const QString& actor)
{
    const QDateTime now = m_clock();
    const Status s = m_db.writeTransaction([&]() -> Status {
        auto current = findForUpdate(id, std::nullopt);
        if (!current)
            return Status::failure(current.errorDetail());
        QSqlQuery q = m_db.query();
        if (auto st = Sql::exec(q,
                QStringLiteral("UPDATE claims SET submitted_at = ?, updated_at = ?,"
                               " status = CASE WHEN status = ? THEN ? ELSE status END,"
                               " version = version + 1 WHERE id = ?"),
                { now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch(),
                    claimStatusCode(ClaimStatus::Draft), claimStatusCode(ClaimStatus::Submitted),
                    current->id });
            !st)
            return st;
        return AuditRepository(m_db).append({ 0, now, actor, current->id, AuditAction::Submitted,
            QString(), now.toString(Qt::ISODate), {} });
    });
    if (!s)
        return Result<Claim>::failure(s.errorDetail());
    return find(id);
}

Result<Claim> ClaimRepository::edit(
    const QString& id, const ClaimEdit& e, const QString& actor, std::optional<int> expectedVersion)
{
    const QDateTime now = m_clock();
    const Status s = m_db.writeTransaction([&]() -> Status {
        auto current = findForUpdate(id, expectedVersion);
        if (!current)
            return Status::failure(current.errorDetail());
        Claim c = *current;
        struct Change
        {
            QString field;
            QString oldValue;
            QString newValue;
        };
        QList<Change> changes;
        auto text = [&](const std::optional<QString>& value, QString& target, const char* field) {
            if (value && *value != target) {
                changes.append({ QLatin1String(field), target, *value });
                target = *value;
            }
        };
        auto flag = [&](const std::optional<bool>& value, bool& target, const char* field) {
            if (value && *value != target) {
                changes.append({ QLatin1String(field),
                    target ? QStringLiteral("true") : QStringLiteral("false"),
                    *value ? QStringLiteral("true") : QStringLiteral("false") });
                target = *value;
            }
        };
        if (e.amount && e.amount != c.amount) {
            changes.append({ QStringLiteral("amount"), c.amount ? c.amount->toString() : QString(),
                e.amount->toString() });
            c.amount = e.amount;
        }
        flag(e.inNetwork, c.inNetwork, "in_network");
        flag(e.emergency, c.emergency, "is_emergency");
        text(e.providerName, c.providerName, "provider_name");
        text(e.diagnosisCode, c.diagnosisCode, "diagnosis_code");
        text(e.treatmentNotes, c.treatmentNotes, "treatment_notes");
        text(e.claimantName, c.claimantName, "claimant_name");
        text(e.claimantNationalId, c.claimantNationalId, "claimant_national_id");
        text(e.assignee, c.assignee, "assignee");
        text(e.priorApproval, c.priorApproval, "prior_approval");
        if (e.serviceDate && *e.serviceDate != c.serviceDate) {
            changes.append({ QStringLiteral("service_date"), c.serviceDate.toString(Qt::ISODate),
                e.serviceDate->toString(Qt::ISODate) });
            c.serviceDate = *e.serviceDate;
        }
        if (e.lineItems && *e.lineItems != c.lineItems) {
            changes.append({ QStringLiteral("line_items"), lineItemsToJson(c.lineItems),
                lineItemsToJson(*e.lineItems) });
            c.lineItems = *e.lineItems;
        }
        if (changes.isEmpty())
            return Status();
        QSqlQuery q = m_db.query();
        if (auto st = Sql::exec(q,
                QStringLiteral(
                    "UPDATE claims SET amount_cents = ?, in_network = ?, is_emergency = ?,"
                    " provider_name = ?, diagnosis_code = ?, treatment_notes = ?, claimant_name = "
                    "?,"
                    " claimant_national_id = ?, assignee = ?, service_date = ?, prior_approval = ?,"
                    " line_items = ?, updated_at = ?, version = version + 1"
                    " WHERE id = ? AND version = ?"),
                { c.amount ? QVariant(c.amount->cents()) : Sql::nullInt(), c.inNetwork ? 1 : 0,
                    c.emergency ? 1 : 0, c.providerName, c.diagnosisCode, c.treatmentNotes,
                    c.claimantName, c.claimantNationalId, c.assignee, Sql::fromDate(c.serviceDate),
                    c.priorApproval, lineItemsToJson(c.lineItems), now.toMSecsSinceEpoch(), c.id,
                    current->version });
            !st)
            return st;
        if (q.numRowsAffected() != 1)
            return Status::failure(Error::of(ErrorKind::Conflict,
                StorageTr::tr("Claim %1 was changed by someone else; nothing was overwritten")
                    .arg(c.id)));
        AuditRepository audit(m_db);
        for (const Change& change : changes) {
            if (auto st = audit.append({ 0, now, actor, c.id, AuditAction::Edit, change.oldValue,
                    change.newValue, change.field });
                !st)
                return st;
        }
        return Status();
    });
    if (!s)
        return Result<Claim>::failure(s.errorDetail());
    return find(id);
}

Result<QList<AuditEntry>> ClaimRepository::auditTrail(const QString& id) const
{
    return AuditRepository(m_db).forClaim(id.trimmed().toUpper());
}

} // namespace ClaimDesk
