#include "ConflictDialog.h"

#include "RichText.h"
#include "UiTr.h"
#include "domain/AuditText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ClaimDesk {

namespace {

QString amountText(const std::optional<Money>& amount)
{
    return amount ? amount->toDisplayString() : QString();
}

} // namespace

ConflictDialog::ConflictDialog(
    const Claim& mine, const Claim& saved, const QList<AuditEntry>& meanwhile, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(UiTr::tr("Claim %1 was changed meanwhile").arg(saved.id));
    auto* intro = new QLabel(UiTr::tr("Someone else saved claim %1 after you opened it (you edited "
                                      "version %2; version %3 is saved now). Nothing of yours has "
                                      "been written. Compare the two versions and choose.")
                                 .arg(saved.id)
                                 .arg(mine.version)
                                 .arg(saved.version),
        this);
    intro->setWordWrap(true);

    const QList<std::tuple<QString, QString, QString>> rows = {
        { UiTr::tr("Status"), claimStatusLabel(mine.status), claimStatusLabel(saved.status) },
        { UiTr::tr("Memo"), mine.memo, saved.memo },
        { UiTr::tr("Amount"), amountText(mine.amount), amountText(saved.amount) },
        { UiTr::tr("Assignee"), mine.assignee, saved.assignee },
        { UiTr::tr("Provider"), mine.providerName, saved.providerName },
        { UiTr::tr("Diagnosis"), mine.diagnosisCode, saved.diagnosisCode },
        { UiTr::tr("Service date"), mine.serviceDate.toString(Qt::ISODate),
            saved.serviceDate.toString(Qt::ISODate) },
    };
    m_versions = new QTableWidget(int(rows.size()), 3, this);
    m_versions->setObjectName(QStringLiteral("conflictVersions"));
    m_versions->setHorizontalHeaderLabels(
        { UiTr::tr("Field"), UiTr::tr("Yours"), UiTr::tr("Saved now") });
    m_versions->verticalHeader()->hide();
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < rows.size(); ++r) {
        const auto& [field, yours, theirs] = rows.at(r);
        const bool differs = yours != theirs;
        int column = 0;
        for (const QString& text : { field, yours, theirs }) {
            auto* item = new QTableWidgetItem(text);
            QFont f = item->font();
            f.setBold(differs);
            item->setFont(f);
            m_versions->setItem(r, column++, item);
        }
    }
    m_versions->resizeColumnsToContents();

    QStringList changes;
    for (const AuditEntry& e : meanwhile) {
        const AuditText line = AuditText::of(e);
        changes << UiTr::tr("%1 by %2: %3, %4 → %5")
                       .arg(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor,
                           line.what, line.before, line.after)
                       .toHtmlEscaped();
    }
    auto* history = new QLabel(changes.isEmpty() ? QString()
                                                 : RichText::bold(UiTr::tr("Changed meanwhile:"))
                + QStringLiteral("<br>") + changes.join(QStringLiteral("<br>")),
        this);
    history->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    auto* take
        = buttons->addButton(UiTr::tr("Show the saved version"), QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("takeSaved"));
    auto* apply
        = buttons->addButton(UiTr::tr("Apply my change to it"), QDialogButtonBox::DestructiveRole);
    apply->setObjectName(QStringLiteral("applyMine"));
    auto* keep = buttons->addButton(UiTr::tr("Keep editing"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    take->setDefault(true);
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = TakeSaved;
        accept();
    });
    connect(apply, &QPushButton::clicked, this, [this] {
        m_choice = ApplyMine;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_versions);
    layout->addWidget(history);
    layout->addWidget(buttons);
    resize(620, 420);
}

} // namespace ClaimDesk
