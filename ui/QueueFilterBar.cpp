#include "QueueFilterBar.h"

#include "UiTr.h"
#include "triage/QueueCounts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ClaimDesk {

namespace {

constexpr int LabelRole = Qt::UserRole + 1; // the choice's text without its count
constexpr int OpenChoice = -2; // the status filter's "Open": not yet decided
constexpr int SearchDelayMs = 300; // typing pauses this long before the queue follows
const QDate AnyDate(2000, 1, 1); // the date edits' minimum, shown as "any"

void addChoice(QComboBox* box, const QString& label, const QVariant& value = {})
{
    box->addItem(label, value);
    box->setItemData(box->count() - 1, label, LabelRole);
}

// "Pending (1,204)" for each choice; the first ("All ...") shows the facet's sum.
void showFacet(QComboBox* box, const QHash<int, qint64>& counts)
{
    const QLocale locale;
    qint64 all = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        all += it.key() == OpenChoice ? 0 : it.value(); // a sum of others
    for (int i = 0; i < box->count(); ++i) {
        const qint64 n = i == 0 ? all : counts.value(box->itemData(i).toInt());
        box->setItemText(i,
            QStringLiteral("%1 (%2)").arg(
                box->itemData(i, LabelRole).toString(), locale.toString(n)));
    }
}

void clearFacet(QComboBox* box)
{
    for (int i = 0; i < box->count(); ++i)
        box->setItemText(i, box->itemData(i, LabelRole).toString());
}

QDateEdit* dateEdit(const QString& tip, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(AnyDate);
    edit->setSpecialValueText(UiTr::tr("any"));
    edit->setDate(AnyDate);
    edit->setToolTip(tip);
    return edit;
}

} // namespace

QueueFilterBar::QueueFilterBar(const QString& login, QWidget* parent)
    : QWidget(parent)
    , m_login(login)
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    addChoice(m_status, UiTr::tr("All statuses"));
    addChoice(m_status, UiTr::tr("Open (not yet decided)"), OpenChoice);
    for (int s = 0; s < ClaimStatusCount; ++s)
        addChoice(m_status, claimStatusLabel(static_cast<ClaimStatus>(s)), s);
    m_status->setToolTip(UiTr::tr("Open: submitted, under review or pending"));
    m_type = new QComboBox(this);
    addChoice(m_type, UiTr::tr("All types"));
    addChoice(m_type, claimTypeLabel(ClaimType::Health), static_cast<int>(ClaimType::Health));
    addChoice(m_type, claimTypeLabel(ClaimType::CarDamage), static_cast<int>(ClaimType::CarDamage));
    m_risk = new QComboBox(this);
    addChoice(m_risk, UiTr::tr("All risk levels"));
    for (RiskLevel r : { RiskLevel::High, RiskLevel::Medium, RiskLevel::Low })
        addChoice(m_risk, riskLevelLabel(r), static_cast<int>(r));
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("decisionFilter"));
    addChoice(m_decision, UiTr::tr("All decisions"));
    for (FinalDecision d : { FinalDecision::AutoApprove, FinalDecision::StandardReview,
             FinalDecision::ManualReview, FinalDecision::Reject, FinalDecision::Quarantine })
        addChoice(m_decision, finalDecisionLabel(d), static_cast<int>(d));
    m_from = dateEdit(UiTr::tr("Created on or after this day"), this);
    m_to = dateEdit(UiTr::tr("Created on or before this day"), this);
    m_mine = new QCheckBox(UiTr::tr("Assigned to &me"), this);
    m_mine->setObjectName(QStringLiteral("mineFilter"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(UiTr::tr("Search claim ID, national ID or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("queueTotal"));
    m_views = new QToolButton(this);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setText(UiTr::tr("Views"));
    m_views->setPopupMode(QToolButton::InstantPopup);
    m_views->setToolTip(UiTr::tr("Saved views: a filter and an order, under a name"));

    for (QComboBox* box : { m_status, m_type, m_risk, m_decision }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the counts widen the texts
        connect(box, &QComboBox::currentIndexChanged, this, &QueueFilterBar::changed);
    }
    for (QDateEdit* edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &QueueFilterBar::changed);
    connect(m_mine, &QCheckBox::toggled, this, &QueueFilterBar::changed);
    // The queue follows the search as it is typed, once typing pauses; Enter and
    // clearing the field (its button) apply at once.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &QueueFilterBar::changed);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        Q_EMIT changed();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            m_searchDelay->stop();
            Q_EMIT changed();
        }
    });

    auto* first = new QHBoxLayout;
    first->addWidget(m_status);
    first->addWidget(m_type);
    first->addWidget(m_risk);
    first->addWidget(m_decision);
    first->addStretch(1);
    first->addWidget(m_views);
    auto* second = new QHBoxLayout;
    second->addWidget(new QLabel(UiTr::tr("Created"), this));
    second->addWidget(m_from);
    second->addWidget(new QLabel(UiTr::tr("to"), this));
    second->addWidget(m_to);
    second->addWidget(m_mine);
    second->addWidget(m_search, 1);
    second->addWidget(m_total);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);
}

ClaimQuery QueueFilterBar::query() const
{
    ClaimQuery q;
    if (m_status->currentData().toInt() == OpenChoice)
        q.openOnly = true;
    else if (m_status->currentIndex() > 0)
        q.status = static_cast<ClaimStatus>(m_status->currentData().toInt());
    if (m_type->currentIndex() > 0)
        q.type = static_cast<ClaimType>(m_type->currentData().toInt());
    if (m_risk->currentIndex() > 0)
        q.risk = static_cast<RiskLevel>(m_risk->currentData().toInt());
    if (m_decision->currentIndex() > 0)
        q.decision = static_cast<FinalDecision>(m_decision->currentData().toInt());
    // Local days: from the start of the first to the end of the last.
    if (m_from->date() > AnyDate)
        q.createdFrom = m_from->date().startOfDay();
    if (m_to->date() > AnyDate)
        q.createdTo = m_to->date().addDays(1).startOfDay();
    if (m_mine->isChecked())
        q.assignee = m_login;
    q.search = m_search->text().trimmed();
    return q;
}

void QueueFilterBar::setQuery(const ClaimQuery& query)
{
    const QSignalBlocker b1(m_status), b2(m_type), b3(m_risk), b4(m_decision), b5(m_from), b6(m_to),
        b7(m_mine), b8(m_search);
    m_status->setCurrentIndex(query.status ? m_status->findData(int(*query.status))
            : query.openOnly               ? m_status->findData(OpenChoice)
                                           : 0);
    m_type->setCurrentIndex(query.type ? m_type->findData(int(*query.type)) : 0);
    // The risk filter has no "none": that level stays in the Review area's scope.
    m_risk->setCurrentIndex(std::max(query.risk ? m_risk->findData(int(*query.risk)) : 0, 0));
    m_decision->setCurrentIndex(query.decision ? m_decision->findData(int(*query.decision)) : 0);
    m_from->setDate(query.createdFrom.isValid() ? query.createdFrom.toLocalTime().date() : AnyDate);
    m_to->setDate(
        query.createdTo.isValid() ? query.createdTo.toLocalTime().addMSecs(-1).date() : AnyDate);
    m_mine->setChecked(!query.assignee.isEmpty() && query.assignee == m_login);
    m_search->setText(query.search);
}

void QueueFilterBar::showCounts(const QueueCounts& counts)
{
    QHash<int, qint64> byStatus = counts.byStatus;
    qint64 open = 0; // the Open choice: what isOpen() says, as the queue's filter does
    for (auto it = counts.byStatus.cbegin(); it != counts.byStatus.cend(); ++it) {
        if (isOpen(static_cast<ClaimStatus>(it.key())))
            open += it.value();
    }
    byStatus.insert(OpenChoice, open);
    showFacet(m_status, byStatus);
    showFacet(m_type, counts.byType);
    showFacet(m_risk, counts.byRisk);
    showFacet(m_decision, counts.byDecision);
    m_total->setText(
        UiTr::tr("%Ln claim(s)", nullptr, int(std::min<qint64>(counts.total, INT_MAX))));
}

void QueueFilterBar::clearCounts()
{
    for (QComboBox* box : { m_status, m_type, m_risk, m_decision })
        clearFacet(box);
    m_total->clear();
}

void QueueFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace ClaimDesk
