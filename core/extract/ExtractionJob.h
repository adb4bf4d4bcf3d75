#pragma once

#include "extract/DocumentReader.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

class QThreadPool;

namespace ClaimDesk {

// Reads a batch of documents on worker threads: every page of every document is
// its own task on a private QThreadPool, each thread keeps one TesseractEngine, and
// a document is classified and extracted when its last page is read. Results come
// back on the job's thread, by signal, in the order they finish. Cancellable; the
// destructor cancels and waits, so a job can be deleted at any time.
class ExtractionJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractionJob)
public:
    struct Input
    {
        QString name;
        QString path; // read from disk when bytes is empty
        QByteArray bytes;
    };

    explicit ExtractionJob(
        QList<Input> inputs, ReadOptions options = {}, int threads = 0, QObject* parent = nullptr);
    ~ExtractionJob() override;

    static QList<Input> fromFiles(const QStringList& paths);

    void start();
    void cancel();
    bool isCanceled() const { return m_cancel.load(); }
    int total() const { return int(m_inputs.size()); }

signals:
    void documentRead(int index, const ClaimDesk::DocumentReading& reading);
    void progress(int documentsDone, int documentsTotal, int pagesDone, int pagesTotal);
    void finished(bool canceled);

private:
    struct DocumentState;
    void readDocument(int index);
    void readPage(const std::shared_ptr<DocumentState>& doc, int page);
    void complete(int index, DocumentReading reading);

    QList<Input> m_inputs;
    DocumentReader m_reader;
    std::unique_ptr<QThreadPool> m_pool;
    std::atomic_bool m_cancel { false };
    std::atomic_int m_pagesDone { 0 };
    std::atomic_int m_pagesTotal { 0 };
    int m_done = 0;
};

} // namespace ClaimDesk
