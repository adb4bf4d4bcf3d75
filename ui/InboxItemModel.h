#pragma once

#include "inbox/InboxItem.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace ClaimDesk {

// What the inbox took in since the app started, newest first: when, from which
// folder, the item, the claim it went to, its documents, and how it ended (the
// reason, for a failure). UI thread.
class InboxItemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxItemModel)

public:
    enum Column
    {
        Arrived,
        Folder,
        Item,
        Claim,
        Documents,
        Outcome,
        ColumnCount
    };
    static constexpr int MaxRows = 5000; // the oldest go; the log keeps them all

    explicit InboxItemModel(QObject* parent = nullptr);

    // Adds the item on top; the same item failing again the same way only takes
    // the new time.
    void add(const InboxItem& item, const QDateTime& at);
    const InboxItem& item(int row) const { return m_rows.at(row).item; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        InboxItem item;
        QDateTime at;
    };
    QString outcome(const InboxItem& item) const;

    QList<Row> m_rows;
};

} // namespace ClaimDesk
