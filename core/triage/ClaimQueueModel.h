#pragma once

#include "domain/Claim.h"
#include "domain/ClaimQuery.h"
#include "domain/DatabaseLocation.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QDateTime>
#include <QSet>
#include <atomic>
#include <memory>

namespace ClaimDesk {

class DatabaseWorker;

// The triage queue as a table: claims in queue order under a filter. Rows are
// fetched from SQL a page at a time as the view asks for them, so a book of a
// million claims opens at once; nothing is sorted or filtered in memory. Clicking
// a header sorts in SQL too, on the index for that column.
//
// Every read runs on a worker (DatabaseWorker), never on the UI thread. A new
// query, order or refresh reads its first page there, which arrives as one model
// reset (the old rows stay on show until then; only the latest request's answer
// is taken), and then counts its rows, which join the view when the count comes
// (counting a million claims takes a scan; the first page an index gives at once). A later page is
// asked for when the view first shows one of its rows, which is blank until the page arrives
// (dataChanged); pages are read with the query of the rows on show, never one still on its way. A
// read that fails leaves the rows as they were, with lastError() and readFailed; a page that failed
// is not asked for again until the rows are read again.
class ClaimQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimQueueModel)

public:
    enum Column
    {
        IdColumn,
        TypeColumn,
        StatusColumn,
        AmountColumn,
        RiskColumn,
        DecisionColumn,
        AgeColumn,
        AssigneeColumn,
        EscalatedColumn,
        ColumnCount
    };
    explicit ClaimQueueModel(
        DatabaseLocation location, QObject* parent = nullptr, Clock clock = systemClock());
    ~ClaimQueueModel() override;

    void setQuery(const ClaimQuery& query);
    const ClaimQuery& query() const { return m_query; }
    // Re-reads the count and the pages (after a change to the book).
    void refresh();
    // A count or a page asked for and not yet arrived.
    bool isReading() const;
    // The first rows of the latest query, order or refresh not yet arrived (the
    // number of all its rows may still be on its way: rowCount() is then that
    // of the rows arrived, and grows when it comes).
    bool isReadingRows() const;
    QString lastError() const { return m_lastError; }
    // Days an open claim may wait (seed 002: reviewed "within SLA"); the age of an
    // open claim is shown amber in its last two days and red past it.
    void setSlaDays(int days);
    int slaDays() const { return m_slaDays; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sorts in SQL by the column (ties in queue order); a negative column goes
    // back to queue order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static QueueSort sortFor(int column);
    static int columnFor(QueueSort sort); // -1 for queue order

    // The claim in a row of a page already arrived; empty otherwise.
    QString claimIdAt(int row) const;
    // The row of a claim among the pages already arrived; -1 when not there.
    int cachedRowOf(const QString& claimId) const;

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    static constexpr int PageSize = 200;
    struct FirstRows
    {
        QList<Claim> page;
        ClaimQuery query; // what they were read with
    };
    // The page if it has arrived; else asks for it (once) and returns null.
    const QList<Claim>* page(int pageNumber) const;
    // sameQuery: the rows on show read again (their number stays until counted).
    void requestRows(bool sameQuery);
    // firstPageSize: the count of a first page being read (skipped if it is
    // overtaken or short); null: the rows on show, counted whatever comes after.
    void requestCount(const ClaimQuery& query, quint64 generation,
        std::shared_ptr<std::atomic<int>> firstPageSize);
    void rowsArrived(quint64 generation, bool sameQuery, const Result<FirstRows>& rows);
    void countArrived(quint64 generation, const Result<qint64>& count);
    // The page read for the rows of reset number `reset` (dropped if others are on show).
    void pageArrived(quint64 reset, int pageNumber, const Result<QList<Claim>>& rows);
    void failed(const QString& message);

    std::unique_ptr<DatabaseWorker> m_worker;
    Clock m_clock;
    ClaimQuery m_query;
    int m_rowCount = 0;
    int m_slaDays = 7;
    // The latest query, order or refresh asked for (its number), shared with the
    // worker so that it skips requests overtaken before they ran.
    std::shared_ptr<std::atomic<quint64>> m_latestAsked = std::make_shared<std::atomic<quint64>>(0);
    int m_rowsAsked = 0; // first pages asked for and not yet arrived
    int m_countsAsked = 0; // counts asked for and not yet arrived
    quint64 m_shownGeneration = 0; // the request whose rows are on show
    bool m_countPending = false; // their number is not known yet
    // The rows on show: the query they were read with, and the reset they came with.
    ClaimQuery m_shownQuery;
    quint64 m_shownReset = 0;
    mutable QCache<int, QList<Claim>> m_pages { 64 };
    mutable QSet<int> m_pagesAsked;
    QSet<int> m_pagesFailed;
    QString m_lastError;
};

} // namespace ClaimDesk
