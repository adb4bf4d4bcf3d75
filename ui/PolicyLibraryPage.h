#pragma once

#include "policylibrary/PolicyLibrary.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ClaimDesk {

class AdminBook;
class LlmSession;
class PolicyImportJob;

// Admin > Policy library: the policy documents the line-item checks read, every
// version with its clause count, and importing a new one (text, PDF, or a scan
// read by OCR) on a worker thread with its progress and a Cancel. Importing a
// changed document adds a version; the checks use each document's latest.
class PolicyLibraryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyLibraryPage)

public:
    // Reads the library through `book` (the Admin area's).
    explicit PolicyLibraryPage(AdminBook* book, QWidget* parent = nullptr);

    void refresh();
    // Imports without asking for the file (the button asks, then calls this).
    void importFile(const QString& path);
    // Imported clauses get the model's embeddings when it gives them.
    void setLlmSession(LlmSession* session);

Q_SIGNALS:
    // A version was added: policy checks shown elsewhere may now differ.
    void libraryChanged();

private:
    void chooseFile();
    void setBusy(bool busy);
    void showDocuments(const QList<PolicyLibrary::DocumentVersion>& documents);

    AdminBook* m_book;
    PolicyImportJob* m_job = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace ClaimDesk
