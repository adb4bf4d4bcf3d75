#pragma once

#include "domain/ClaimQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace ClaimDesk {

struct QueueCounts;

// The triage queue's filters: status, type, risk, decision, creation dates,
// "assigned to me" and the search; each choice shows how many claims it would
// give (counted elsewhere, off the UI thread), and the total is shown beside.
class QueueFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueFilterBar)

public:
    // `login`: who "Assigned to me" means (the book's login).
    explicit QueueFilterBar(const QString& login, QWidget* parent = nullptr);

    // The filters chosen (no order; that is the table's header).
    ClaimQuery query() const;
    // Sets the controls without signalling; filters without a control are ignored.
    void setQuery(const ClaimQuery& query);
    void showCounts(const QueueCounts& counts);
    void clearCounts();
    void focusSearch();
    // The button whose menu holds the saved views (the owner fills it).
    QToolButton* viewsButton() const { return m_views; }

    QComboBox* statusFilter() const { return m_status; }
    QComboBox* decisionFilter() const { return m_decision; }
    QCheckBox* mineFilter() const { return m_mine; }
    QLineEdit* searchField() const { return m_search; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }

Q_SIGNALS:
    void changed();

private:
    QString m_login;
    QComboBox* m_status = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_risk = nullptr;
    QComboBox* m_decision = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_mine = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_total = nullptr;
    QTimer* m_searchDelay = nullptr;
    QToolButton* m_views = nullptr;
};

} // namespace ClaimDesk
