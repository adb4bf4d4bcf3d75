#include "PolicyLibraryPage.h"

#include "UiTr.h"
#include "admin/AdminBook.h"
#include "llmsession/LlmSession.h"
#include "policylibrary/PolicyImportJob.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ClaimDesk {

PolicyLibraryPage::PolicyLibraryPage(AdminBook* book, QWidget* parent)
    : QWidget(parent)
    , m_book(book)
{
    m_job = new PolicyImportJob(m_book->location(), this);

    auto* intro = new QLabel(UiTr::tr("The policy documents that billed items are checked against. "
                                      "Importing a changed document adds a version, and the checks "
                                      "use each document's latest version. Text files, PDFs and "
                                      "scans (PDF or page images, read by OCR) can be imported."),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("policyDocuments"));
    m_table->setHorizontalHeaderLabels({ UiTr::tr("Document"), UiTr::tr("Version"),
        UiTr::tr("Clauses"), UiTr::tr("Imported"), UiTr::tr("In use") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_import = new QPushButton(UiTr::tr("&Import policy document..."), this);
    m_import->setObjectName(QStringLiteral("importPolicy"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setToolTip(UiTr::tr("Import a policy document (Ctrl+Shift+I)"));
    connect(m_import, &QPushButton::clicked, this, &PolicyLibraryPage::chooseFile);
    m_cancel = new QPushButton(UiTr::tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPolicyImport"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancel, &QPushButton::clicked, m_job, &PolicyImportJob::cancel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("policyImportProgress"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("policyImportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch(0); // takes the room while there is no progress bar
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    setBusy(false);

    connect(m_job, &PolicyImportJob::progressChanged, this, [this](int done, int pages) {
        m_progress->setRange(0, pages);
        m_progress->setValue(done);
        m_progress->setFormat(
            UiTr::tr("Reading page %1 of %2 by OCR").arg(qMin(done + 1, pages)).arg(pages));
    });
    connect(
        m_job, &PolicyImportJob::finished, this, [this](const PolicyLibrary::Imported& imported) {
            setBusy(false);
            QString text = imported.unchanged
                ? UiTr::tr("%1 is unchanged: version %2 stays in use.")
                      .arg(imported.name)
                      .arg(imported.version)
                : UiTr::tr("%1 version %2 imported: %3 clauses indexed.")
                      .arg(imported.name)
                      .arg(imported.version)
                      .arg(imported.clauses);
            if (imported.ocr)
                text += u' '
                    + UiTr::tr("Read by OCR from %n page(s), mean word confidence %1%; check the "
                               "clauses against the paper.",
                        nullptr, imported.pages)
                          .arg(qRound(imported.ocrConfidence * 100));
            if (!imported.embeddingProblem.isEmpty())
                text += u' ' + UiTr::tr("Without embeddings: %1").arg(imported.embeddingProblem);
            m_status->setText(text);
            refresh();
            if (!imported.unchanged)
                Q_EMIT libraryChanged();
        });
    connect(m_job, &PolicyImportJob::failed, this, [this](const QString& message) {
        setBusy(false);
        m_status->setText(UiTr::tr("Not imported: %1. The library is unchanged.").arg(message));
    });
    refresh();
}

void PolicyLibraryPage::setLlmSession(LlmSession* session)
{
    auto apply = [this, session] { m_job->setEmbeddingFactory(session->embeddingFactory()); };
    connect(session, &LlmSession::changed, this, apply);
    apply();
}

void PolicyLibraryPage::refresh()
{
    m_book->readPolicyDocuments(
        this, [this](const Result<QList<PolicyLibrary::DocumentVersion>>& documents) {
            if (documents)
                showDocuments(*documents);
            else
                m_status->setText(documents.error());
        });
}

void PolicyLibraryPage::showDocuments(const QList<PolicyLibrary::DocumentVersion>& documents)
{
    m_table->setRowCount(int(documents.size()));
    const QLocale locale;
    for (int row = 0; row < documents.size(); ++row) {
        const PolicyLibrary::DocumentVersion& d = documents.at(row);
        const QStringList cells { d.name, QString::number(d.version), QString::number(d.clauses),
            locale.toString(d.importedAt.toLocalTime(), QLocale::ShortFormat),
            d.latest ? UiTr::tr("Yes") : UiTr::tr("Replaced") };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == 1 || column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
}

void PolicyLibraryPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, UiTr::tr("Import a policy document"),
        {},
        UiTr::tr("Policy documents (*.txt *.md *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All "
                 "files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PolicyLibraryPage::importFile(const QString& path)
{
    if (m_job->isRunning())
        return;
    setBusy(true);
    m_status->setText(UiTr::tr("Importing %1...").arg(QFileInfo(path).fileName()));
    m_job->start(path);
}

void PolicyLibraryPage::setBusy(bool busy)
{
    m_import->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0); // busy until the first page is counted
    m_progress->resetFormat();
}

} // namespace ClaimDesk
