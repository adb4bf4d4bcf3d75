#include "InboxItemModel.h"

#include "UiTr.h"

#include <QColor>
#include <QDir>
#include <QLocale>

namespace ClaimDesk {

InboxItemModel::InboxItemModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void InboxItemModel::add(const InboxItem& item, const QDateTime& at)
{
    // the same item failing the same way look after look is one row, its time the last
    for (int row = 0; row < m_rows.size(); ++row) {
        const InboxItem& shown = m_rows[row].item;
        if (shown.source == item.source && shown.item == item.item) {
            if (!shown.ok() && shown.error == item.error) {
                m_rows[row].at = at;
                Q_EMIT dataChanged(index(row, Arrived), index(row, Arrived));
                return;
            }
            break;
        }
    }
    if (m_rows.size() >= MaxRows) {
        beginRemoveRows({}, int(m_rows.size()) - 1, int(m_rows.size()) - 1);
        m_rows.removeLast();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend({ item, at });
    endInsertRows();
}

int InboxItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InboxItemModel::outcome(const InboxItem& item) const
{
    if (!item.ok())
        return UiTr::tr("Failed: %1").arg(item.error);
    if (item.duplicate)
        return UiTr::tr("Already on the claim");
    return item.newClaim ? UiTr::tr("New claim") : UiTr::tr("Added to the claim");
}

QVariant InboxItemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const InboxItem& item = row.item;
    if (role == Qt::ForegroundRole && index.column() == Outcome && !item.ok())
        return QColor(0xc0, 0x1c, 0x28);
    if (role == Qt::ToolTipRole && index.column() == Outcome)
        return outcome(item);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Arrived:
        return QLocale().toString(row.at.toLocalTime(), QLocale::ShortFormat);
    case Folder:
        // "folder:/srv/scans", "imap:claims@mail.example.com:993/INBOX"
        return item.uid > 0
            ? item.source.mid(item.source.indexOf(u':') + 1)
            : QDir::toNativeSeparators(item.source.mid(item.source.indexOf(u':') + 1));
    case Item:
        return item.item;
    case Claim:
        return item.claimId;
    case Documents:
        return QLocale().toString(item.documents.size());
    case Outcome:
        return outcome(item);
    default:
        return {};
    }
}

QVariant InboxItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Arrived:
        return UiTr::tr("Taken in");
    case Folder:
        return UiTr::tr("From", "who sent it");
    case Item:
        return UiTr::tr("File, folder or message");
    case Claim:
        return UiTr::tr("Claim");
    case Documents:
        return UiTr::tr("Documents");
    case Outcome:
        return UiTr::tr("Result");
    default:
        return {};
    }
}

} // namespace ClaimDesk
