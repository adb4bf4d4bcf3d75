#include "InboxView.h"

#include "InboxItemModel.h"
#include "RichText.h"
#include "UiTr.h"
#include "inbox/InboxWatch.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ClaimDesk {

InboxView::InboxView(InboxWatch* watch, QWidget* parent)
    : QWidget(parent)
    , m_watch(watch)
{
    m_model = new InboxItemModel(this);
    m_folders = new QLabel(this);
    m_folders->setWordWrap(true);
    m_folders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_problem->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inboxItems"));
    m_table->setModel(m_model);
    m_table->resizeColumnsToContents(); // the headers whole, before anything arrived
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_retry = new QPushButton(UiTr::tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("inboxRetry"));
    m_retry->setToolTip(
        UiTr::tr("Put the failed file back in its folder, or the message back in its "
                 "mailbox, to be taken in again"));
    m_scan = new QPushButton(UiTr::tr("&Look now"), this);
    connect(m_retry, &QPushButton::clicked, this, &InboxView::retrySelected);
    connect(m_scan, &QPushButton::clicked, m_watch, &InboxWatch::scanNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &InboxView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const QString id = m_model->item(index.row()).claimId; !id.isEmpty())
            Q_EMIT claimRequested(id);
    });
    connect(m_watch, &InboxWatch::itemTaken, this, [this](const InboxItem& item) {
        m_model->add(item, QDateTime::currentDateTime());
        m_table->resizeColumnsToContents();
        m_problem->hide();
    });
    connect(m_watch, &InboxWatch::foldersChanged, this, &InboxView::showFolders);
    connect(m_watch, &InboxWatch::folderProblem, this,
        [this](const QString& folder, const QString& why) {
            m_problem->setText(UiTr::tr("%1: %2").arg(QDir::toNativeSeparators(folder), why));
            m_problem->show();
        });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_scan);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_folders);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    showFolders();
    updateButtons();
}

void InboxView::showFolders()
{
    QStringList shown;
    for (const QString& f : m_watch->folders())
        shown << QDir::toNativeSeparators(f).toHtmlEscaped();
    for (const ImapAccount& mailbox : m_watch->mailboxes())
        shown << mailbox.source().mid(QStringLiteral("imap:").size()).toHtmlEscaped();
    m_folders->setText(shown.isEmpty()
            ? RichText::paragraph(
                UiTr::tr("No folder or mailbox is watched. Add one in Settings > Inbox: files "
                         "dropped there by a scanner or another system, and bills that customers "
                         "mail, are taken in as claims' documents."))
            : QStringLiteral("<p>%1</p>")
                  .arg(UiTr::tr("Watching %1. A claim ID in a file's name (or its subfolder's) or "
                                "in a message's subject sends it to that claim; the files of one "
                                "subfolder open one claim together. Taken files move to %2, failed "
                                "ones to %3 with the reason beside them; taken messages are "
                                "marked on the server.")
                           .toHtmlEscaped()
                           .arg(shown.join(QStringLiteral(", ")),
                               RichText::italic(QStringLiteral("processed")),
                               RichText::italic(QStringLiteral("failed")))));
    m_scan->setEnabled(!shown.isEmpty());
}

void InboxView::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_retry->setEnabled(!rows.isEmpty() && !m_model->item(rows.first().row()).ok());
}

void InboxView::retrySelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (const Status back = m_watch->retry(m_model->item(rows.first().row())); !back)
        QMessageBox::warning(this, UiTr::tr("Retry"), back.error());
}

} // namespace ClaimDesk
