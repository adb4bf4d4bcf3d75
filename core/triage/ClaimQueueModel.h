#pragma once

#include "domain/ClaimQuery.h"
#include "storage/ClaimRepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QDateTime>

namespace ClaimDesk {

// The triage queue as a table: claims in queue order under a filter. Rows are
// fetched from SQL a page at a time as the view asks for them, so a book of a
// million claims opens at once; nothing is sorted or filtered in memory. Clicking
// a header sorts in SQL too, on the index for that column.
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
    explicit ClaimQueueModel(Database db, QObject* parent = nullptr, Clock clock = systemClock());

    void setQuery(const ClaimQuery& query);
    const ClaimQuery& query() const { return m_query; }
    // Re-reads the count and drops cached pages (after a change to the book).
    void refresh();
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

    QString claimIdAt(int row) const;
    // The row of a claim among the pages already fetched; -1 when not there.
    int cachedRowOf(const QString& claimId) const;

private:
    static constexpr int PageSize = 200;
    const QList<Claim>* page(int pageNumber) const;

    ClaimRepository m_repository;
    Clock m_clock;
    ClaimQuery m_query;
    int m_rowCount = 0;
    int m_slaDays = 7;
    mutable QCache<int, QList<Claim>> m_pages { 64 };
    mutable QString m_lastError;
};

} // namespace ClaimDesk
