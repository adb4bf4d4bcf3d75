#include "ClaimQueueModel.h"

#include "storage/ClaimRepository.h"
#include "storage/DatabaseWorker.h"
#include "triage/TriageTr.h"

#include <QBrush>
#include <QColor>

namespace ClaimDesk {

ClaimQueueModel::ClaimQueueModel(DatabaseLocation location, QObject* parent, Clock clock)
    : QAbstractTableModel(parent)
    , m_worker(
          std::make_unique<DatabaseWorker>(std::move(location), DatabaseWorker::Kind::ReadsOnly))
    , m_clock(std::move(clock))
{
    requestRows(false);
}

ClaimQueueModel::~ClaimQueueModel() = default;

void ClaimQueueModel::setQuery(const ClaimQuery& query)
{
    m_query = query;
    requestRows(false);
}

void ClaimQueueModel::refresh()
{
    requestRows(true);
}

bool ClaimQueueModel::isReading() const
{
    return m_rowsAsked > 0 || m_countsAsked > 0 || !m_pagesAsked.isEmpty();
}

bool ClaimQueueModel::isReadingRows() const
{
    return m_rowsAsked > 0;
}

// Two reads, in this order on the worker: the first page, which an index gives
// at once however many claims match, and then their number, which on a million
// claims takes a scan. The rows are shown as soon as they are there.
void ClaimQueueModel::requestRows(bool sameQuery)
{
    const quint64 generation = ++*m_latestAsked;
    ++m_rowsAsked;
    // a first page shorter than a page is the whole answer: nothing left to count
    auto firstPageSize = std::make_shared<std::atomic<int>>(-1);
    m_worker->submitOnBook<Result<FirstRows>>(
        this,
        [query = m_query, clock = m_clock, generation, latest = m_latestAsked, firstPageSize](
            const Database& db) -> Result<FirstRows> {
            // A newer query, order or refresh was asked while this one waited (the
            // view being set up, a search typed): reading this one is wasted.
            if (latest->load() != generation)
                return Result<FirstRows>::failure(QString());
            ClaimQuery first = query;
            first.limit = PageSize;
            first.offset = 0;
            auto page = ClaimRepository(db, clock).list(first);
            if (!page)
                return Result<FirstRows>::failure(page.errorDetail());
            firstPageSize->store(int(page->size()));
            return FirstRows { std::move(*page), query };
        },
        [this, generation, sameQuery](
            const Result<FirstRows>& rows) { rowsArrived(generation, sameQuery, rows); });
    requestCount(m_query, generation, firstPageSize);
}

void ClaimQueueModel::requestCount(
    const ClaimQuery& query, quint64 generation, std::shared_ptr<std::atomic<int>> firstPageSize)
{
    ++m_countsAsked;
    m_worker->submitOnBook<Result<qint64>>(
        this,
        [query, clock = m_clock, generation, latest = m_latestAsked, firstPageSize](
            const Database& db) -> Result<qint64> {
            if (firstPageSize) {
                if (latest->load() != generation || firstPageSize->load() < 0)
                    return Result<qint64>::failure(QString()); // overtaken, or no rows to count
                if (firstPageSize->load() < PageSize)
                    return qint64(firstPageSize->load());
            }
            return ClaimRepository(db, clock).count(query);
        },
        [this, generation](const Result<qint64>& count) { countArrived(generation, count); });
}

void ClaimQueueModel::rowsArrived(quint64 generation, bool sameQuery, const Result<FirstRows>& rows)
{
    --m_rowsAsked;
    if (generation != m_latestAsked->load())
        return; // a newer request is on its way
    if (!rows) {
        failed(rows.error());
        // the rows on show keep their place; their count, if it was overtaken, is read now
        if (m_countPending)
            requestCount(m_shownQuery, m_shownGeneration, nullptr);
        return;
    }
    // The same rows read again (a refresh) keep their number until it is counted,
    // so that the row on show and the scroll position stay; new ones start with
    // the first page.
    const int rowsBefore = m_rowCount;
    beginResetModel();
    m_lastError.clear();
    m_shownQuery = rows->query;
    m_shownGeneration = generation;
    ++m_shownReset;
    m_pages.clear();
    m_pagesAsked.clear();
    m_pagesFailed.clear();
    m_rowCount = sameQuery && int(rows->page.size()) == PageSize
        ? std::max(rowsBefore, PageSize)
        : int(rows->page.size()); // until the count arrives
    m_countPending = int(rows->page.size()) == PageSize;
    m_pages.insert(0, new QList<Claim>(rows->page));
    endResetModel();
}

// The rows beyond the first page join the view (or, if claims went meanwhile,
// leave it) without a reset: the selection and the scroll position stay.
void ClaimQueueModel::countArrived(quint64 generation, const Result<qint64>& count)
{
    --m_countsAsked;
    if (generation != m_shownGeneration)
        return; // rows of another request are on show
    if (!count) {
        if (!count.error().isEmpty()) { // not merely skipped as overtaken
            m_countPending = false;
            failed(count.error());
        }
        return;
    }
    m_countPending = false;
    const int rows = static_cast<int>(std::min<qint64>(*count, std::numeric_limits<int>::max()));
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
}

int ClaimQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ClaimQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<Claim>* ClaimQueueModel::page(int pageNumber) const
{
    if (auto* cached = m_pages.object(pageNumber))
        return cached;
    if (m_pagesAsked.contains(pageNumber) || m_pagesFailed.contains(pageNumber))
        return nullptr;
    m_pagesAsked.insert(pageNumber);
    ClaimQuery q = m_shownQuery;
    q.limit = PageSize;
    q.offset = pageNumber * PageSize;
    auto* self = const_cast<ClaimQueueModel*>(this); // the answer changes the model
    m_worker->submitOnBook<Result<QList<Claim>>>(
        self,
        [q, clock = m_clock](const Database& db) { return ClaimRepository(db, clock).list(q); },
        [self, reset = m_shownReset, pageNumber](
            const Result<QList<Claim>>& rows) { self->pageArrived(reset, pageNumber, rows); });
    return nullptr;
}

void ClaimQueueModel::pageArrived(quint64 reset, int pageNumber, const Result<QList<Claim>>& rows)
{
    if (reset != m_shownReset)
        return; // other rows are on show now (their reset forgot this page)
    m_pagesAsked.remove(pageNumber);
    if (!rows) {
        m_pagesFailed.insert(pageNumber); // not asked again at every paint
        failed(rows.error());
        return;
    }
    m_pages.insert(pageNumber, new QList<Claim>(*rows));
    const int first = pageNumber * PageSize;
    const int last = std::min(m_rowCount, first + int(rows->size())) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ClaimQueueModel::failed(const QString& message)
{
    m_lastError = message;
    Q_EMIT readFailed(message);
}

namespace {

constexpr std::pair<int, QueueSort> ColumnSorts[] = {
    { ClaimQueueModel::IdColumn, QueueSort::Id },
    { ClaimQueueModel::TypeColumn, QueueSort::Type },
    { ClaimQueueModel::StatusColumn, QueueSort::Status },
    { ClaimQueueModel::AmountColumn, QueueSort::Amount },
    { ClaimQueueModel::RiskColumn, QueueSort::Risk },
    { ClaimQueueModel::DecisionColumn, QueueSort::Decision },
    { ClaimQueueModel::AgeColumn, QueueSort::Age },
    { ClaimQueueModel::AssigneeColumn, QueueSort::Assignee },
    { ClaimQueueModel::EscalatedColumn, QueueSort::Escalated },
};

} // namespace

QueueSort ClaimQueueModel::sortFor(int column)
{
    for (const auto& [c, sort] : ColumnSorts) {
        if (c == column)
            return sort;
    }
    return QueueSort::Queue;
}

int ClaimQueueModel::columnFor(QueueSort sort)
{
    for (const auto& [c, s] : ColumnSorts) {
        if (s == sort)
            return c;
    }
    return -1;
}

void ClaimQueueModel::sort(int column, Qt::SortOrder order)
{
    const QueueSort sort = sortFor(column);
    const bool descending = sort != QueueSort::Queue && order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    requestRows(false); // the rows arrive in the new order as one reset
}

int ClaimQueueModel::cachedRowOf(const QString& claimId) const
{
    for (int pageNumber : m_pages.keys()) {
        const QList<Claim>* p = m_pages.object(pageNumber);
        for (int i = 0; p && i < p->size(); ++i) {
            if (p->at(i).id == claimId)
                return pageNumber * PageSize + i;
        }
    }
    return -1;
}

void ClaimQueueModel::setSlaDays(int days)
{
    m_slaDays = std::max(1, days);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, AgeColumn), index(m_rowCount - 1, AgeColumn),
            { Qt::ForegroundRole, Qt::ToolTipRole });
}

QString ClaimQueueModel::claimIdAt(int row) const
{
    const QList<Claim>* p = page(row / PageSize);
    const int i = row % PageSize;
    return p && i < p->size() ? p->at(i).id : QString();
}

QVariant ClaimQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const QList<Claim>* p = page(index.row() / PageSize);
    const int i = index.row() % PageSize;
    if (!p || i >= p->size())
        return {};
    const Claim& c = p->at(i);
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == RiskColumn) {
        switch (c.riskLevel) {
        case RiskLevel::High:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case RiskLevel::Medium:
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        case RiskLevel::Low:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case RiskLevel::None:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == AgeColumn && isOpen(c.status)) {
        const qint64 days = c.createdAt.daysTo(m_clock());
        if (days > m_slaDays)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (days >= m_slaDays - 2)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == AgeColumn) {
        const int days = static_cast<int>(c.createdAt.daysTo(m_clock()));
        return isOpen(c.status)
            ? TriageTr::tr("%n day(s) open; the SLA is %1 days", nullptr, days).arg(m_slaDays)
            : TriageTr::tr("%n day(s) since it was filed", nullptr, days);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return c.id;
    case TypeColumn:
        return claimTypeLabel(c.type);
    case StatusColumn:
        return claimStatusLabel(c.status);
    case AmountColumn:
        return c.amount ? c.amount->toDisplayString() : QString();
    case RiskColumn:
        return riskLevelLabel(c.riskLevel);
    case DecisionColumn:
        return c.finalDecision ? finalDecisionLabel(*c.finalDecision) : QString();
    case AgeColumn: {
        const qint64 days = c.createdAt.daysTo(m_clock());
        return TriageTr::tr("%n day(s)", nullptr, static_cast<int>(days));
    }
    case AssigneeColumn:
        return c.assignee;
    case EscalatedColumn:
        return c.escalated ? TriageTr::tr("Escalated") : QString();
    default:
        return {};
    }
}

QVariant ClaimQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return TriageTr::tr("Claim");
    case TypeColumn:
        return TriageTr::tr("Type");
    case StatusColumn:
        return TriageTr::tr("Status");
    case AmountColumn:
        return TriageTr::tr("Amount");
    case RiskColumn:
        return TriageTr::tr("Risk");
    case DecisionColumn:
        return TriageTr::tr("Decision");
    case AgeColumn:
        return TriageTr::tr("Age");
    case AssigneeColumn:
        return TriageTr::tr("Assignee");
    case EscalatedColumn:
        return TriageTr::tr("Escalation");
    default:
        return {};
    }
}

} // namespace ClaimDesk
