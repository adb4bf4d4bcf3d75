#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ClaimDesk {

class InboxItemModel;
class InboxWatch;
struct InboxItem;

// Intake > Inbox: what arrived in the watched folders, from where, the claim it
// went to, and failures with their reason and a Retry. Reads nothing itself: the
// items come from the InboxWatch (which works on a worker). UI thread.
class InboxView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxView)

public:
    InboxView(InboxWatch* watch, QWidget* parent = nullptr);
    InboxItemModel* model() const { return m_model; }

Q_SIGNALS:
    // The user asked to see the claim an item went to.
    void claimRequested(const QString& claimId);

private:
    void showFolders();
    void retrySelected();
    void updateButtons();

    InboxWatch* m_watch;
    InboxItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_folders = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_scan = nullptr;
};

} // namespace ClaimDesk
